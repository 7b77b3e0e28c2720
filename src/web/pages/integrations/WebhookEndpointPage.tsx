/** One webhook endpoint: its settings, secret rotation and delivery log with replay. (Webhooks: to be built.) */
export function WebhookEndpointPage({ id }: { id: string }) {
  return <div data-endpoint={id} />;
}
