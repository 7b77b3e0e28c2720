/** (To be built.) */
export function WebhookEndpoints() {
  return null;
}
