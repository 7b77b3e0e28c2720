/** A new-password input that checks the length here and shows the server's reasons for refusing it. */
import { useI18n } from '../lib/i18n.tsx';
import { TextField } from './Field.tsx';

export const MIN_PASSWORD_LENGTH = 12;

export function NewPasswordField({ value, onChange, error }: { value: string; onChange(v: string): void; error?: string }) {
  const { t } = useI18n();
  return (
    <TextField
      label={t('password.new')}
      type="password"
      name="new-password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      hint={t('password.hint', { n: MIN_PASSWORD_LENGTH })}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** The message for a too-short password, before asking the server. */
export function passwordTooShort(password: string, t: ReturnType<typeof useI18n>['t']): string | undefined {
  return password.length < MIN_PASSWORD_LENGTH ? t('password.tooShort', { n: MIN_PASSWORD_LENGTH }) : undefined;
}
