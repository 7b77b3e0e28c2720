/** (To be built.) */
export function ScimTokens() {
  return null;
}
