// snowball-stemmers ships no types: a factory of Snowball stemmers by language name.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  function newStemmer(language: string): Stemmer;
  function algorithms(): string[];
  const snowball: { newStemmer: typeof newStemmer; algorithms: typeof algorithms };
  export default snowball;
}
