import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { errorCode, errorDetails, errorMessage } from '../../ui/graphqlErrors';
import { formatDateTime } from '../../ui/format';

/** Login-specific wording on top of the domain's messages: when a locked account opens again, when to retry. */
export function useAuthErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  return (error) => {
    const base = errorMessage(error, lang);
    const code = errorCode(error);
    if (code === 'ACCOUNT_LOCKED') {
      const until = errorDetails<{ lockedUntil?: string }>(error)?.lockedUntil;
      return until ? `${base} ${t('auth.lockedUntil', { time: formatDateTime(until, locale) })}` : base;
    }
    if (code === 'RATE_LIMITED') {
      const seconds = errorDetails<{ retryAfterSeconds?: number }>(error)?.retryAfterSeconds;
      return seconds ? `${base} ${t('auth.retryAfter', { seconds })}` : base;
    }
    return base;
  };
}
