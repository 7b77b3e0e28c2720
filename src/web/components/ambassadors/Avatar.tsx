/** A person's photo, or their initials when there is none. Decorative: the name is always next to it. */
export function Avatar({
  firstName,
  lastName,
  photoUrl,
  size = 48,
}: {
  firstName: string;
  lastName: string;
  photoUrl: string | null;
  size?: number;
}) {
  if (photoUrl) return <img className="amb-avatar" src={photoUrl} alt="" width={size} height={size} loading="lazy" />;
  return (
    <span className="amb-avatar amb-avatar-initials" aria-hidden="true" style={{ width: size, height: size, fontSize: size / 2.6 }}>
      {(firstName[0] ?? '') + (lastName[0] ?? '')}
    </span>
  );
}
