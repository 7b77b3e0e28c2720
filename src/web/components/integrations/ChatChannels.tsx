/** (To be built.) */
export function ChatChannels() {
  return null;
}
