import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { MessageLanguage } from '@kartoteka/domain';
import { pl } from './pl';

export type AppLanguage = MessageLanguage;
const STORAGE_KEY = 'kartoteka.lang';

export function storedLanguage(): AppLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pl';
  } catch {
    return 'pl';
  }
}

/** English is loaded on demand: Polish is the default, and the first load carries only it. */
async function ensureLanguage(lang: AppLanguage): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

export async function initI18n(): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    const lang = storedLanguage();
    await i18n.use(initReactI18next).init({
      resources: { pl: { translation: pl } },
      lng: 'pl',
      fallbackLng: 'pl',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    if (lang !== 'pl') {
      await ensureLanguage(lang);
      await i18n.changeLanguage(lang);
    }
    document.documentElement.lang = i18n.language;
  }
  return i18n;
}

export async function setLanguage(lang: AppLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this tab only
  }
  await ensureLanguage(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

/** The current language as the domain's message functions want it ('pl' | 'en'), plus the locale for Intl. */
export function useLang(): { lang: AppLanguage; locale: string } {
  const { i18n: instance } = useTranslation();
  const lang: AppLanguage = instance.language === 'en' ? 'en' : 'pl';
  return { lang, locale: lang === 'en' ? 'en-GB' : 'pl-PL' };
}
