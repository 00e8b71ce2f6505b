// petrovich ships no types: its one function declines a person's name parts into a case.
declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface Person {
    gender?: 'male' | 'female' | 'androgynous';
    first?: string;
    middle?: string;
    last?: string;
  }
  function petrovich(person: Person, gcase: Case): Person;
  export default petrovich;
}
