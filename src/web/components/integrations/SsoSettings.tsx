/** (To be built.) */
export function SsoSettings() {
  return null;
}
