import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { errorIssues, errorMessage } from '../../ui/graphqlErrors';
import { issueMessage } from '../../ui/forms/issueMessage';
import { useNotify } from '../../ui/Notifier';

/** Runs a settings change, says "Zapisano" or the translated reason (e.g. the name already exists). */
export function useSettingsAction() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  return async (action: () => Promise<unknown>, done = t('app.saved')): Promise<boolean> => {
    try {
      await action();
      notify(done);
      return true;
    } catch (error) {
      const issue = errorIssues(error)[0];
      notify(issue ? issueMessage(issue, lang) : errorMessage(error, lang), 'error');
      return false;
    }
  };
}
