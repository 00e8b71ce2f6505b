// English: the speech verbs of core/claims/speech-verbs, straight / curly / doubled-apostrophe
// quotation marks, and he / she / it / they with their gender and number.
import { isAuxiliaryWord, SPEECH_VERB_RE, speechVerb } from '../../claims/speech-verbs';
import { registerLanguage, type Language, type PronounInfo } from '../language';

const PRONOUNS: Record<string, PronounInfo> = {
  he: { gender: 'male', number: 'singular' },
  she: { gender: 'female', number: 'singular' },
  it: { gender: 'neuter', number: 'singular' },
  they: { gender: 'any', number: 'plural' },
  we: { gender: 'any', number: 'plural' },
  i: { gender: 'any', number: 'singular' },
};

export const en: Language = {
  code: 'en',
  speechVerbPattern: SPEECH_VERB_RE,
  speechVerb,
  isAuxiliary: isAuxiliaryWord,
  pronoun: (word) => PRONOUNS[word.toLowerCase()] ?? null,
  quoteClosers: { '“': '”', '„': '“”', '«': '»', '"': '"', "''": "''" },
};

registerLanguage(en);
