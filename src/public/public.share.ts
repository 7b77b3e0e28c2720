/**
 * One-click sharing as plain links: each network's own share address with our tracked link in it
 * (/s/<code>, which counts the click for the ambassador and leads to the page). No script, no
 * button widget, no pixel: nothing of the network loads until the visitor clicks.
 */
export const NETWORKS = ['linkedin', 'x', 'facebook', 'whatsapp', 'email'] as const;
export type Network = (typeof NETWORKS)[number];

export const NETWORK_NAMES: Record<Network, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  email: 'e-mail',
};

const enc = encodeURIComponent;

/** The address that shares `url` (with `title`) on `network`. */
export function shareUrl(network: Network, url: string, title: string): string {
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'x':
      return `https://x.com/intent/post?text=${enc(title)}&url=${enc(url)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'whatsapp':
      return `https://wa.me/?text=${enc(`${title} ${url}`)}`;
    case 'email':
      return `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`;
  }
}
