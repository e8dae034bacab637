import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { MessageLanguage } from '@kartoteka/domain';
import { en } from './en';
import { pl } from './pl';

export type AppLanguage = MessageLanguage;
const STORAGE_KEY = 'kartoteka.lang';

function storedLanguage(): AppLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'pl';
  } catch {
    return 'pl';
  }
}

export function initI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { pl: { translation: pl }, en: { translation: en } },
      lng: storedLanguage(),
      fallbackLng: 'pl',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    document.documentElement.lang = i18n.language;
  }
  return i18n;
}

export function setLanguage(lang: AppLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this tab only
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

/** The current language as the domain's message functions want it ('pl' | 'en'), plus the locale for Intl. */
export function useLang(): { lang: AppLanguage; locale: string } {
  const { i18n: instance } = useTranslation();
  const lang: AppLanguage = instance.language === 'en' ? 'en' : 'pl';
  return { lang, locale: lang === 'en' ? 'en-GB' : 'pl-PL' };
}
