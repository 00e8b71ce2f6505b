// Framing: rival words for the same act ("expulsion" / "departure", "invasion" / "operation",
// "terrorists" / "militants"). Two statements about the same thing that pick words from rival
// frames of one group describe the same act differently. A general lexicon of contested
// vocabulary, stemmed once.
import { termKey } from './terms';

interface FrameGroup {
  /** What the act is (for reasons). */
  act: string;
  /** Two or more rival vocabularies. */
  frames: readonly (readonly string[])[];
}

const GROUPS: readonly FrameGroup[] = [
  {
    act: 'the removal of people',
    frames: [
      ['expel', 'expulsion', 'deport', 'deportation', 'oust', 'evict', 'eviction', 'banish'],
      ['departure', 'depart', 'rotation', 'relocation', 'relocate', 'reassignment', 'reassign', 'repatriation', 'repatriate'],
    ],
  },
  {
    act: 'the military action',
    frames: [
      ['invasion', 'invade', 'aggression', 'occupation', 'occupy', 'war'],
      ['operation', 'liberation', 'liberate', 'intervention', 'peacekeeping'],
    ],
  },
  { act: 'the change of territory', frames: [['annexation', 'annex', 'seizure', 'seize'], ['reunification', 'reunify', 'reunite', 'accession']] },
  { act: 'the change of power', frames: [['coup', 'putsch', 'overthrow'], ['revolution', 'uprising', 'transition']] },
  { act: 'the armed group', frames: [['terrorist', 'terrorism', 'terror'], ['militant', 'insurgent', 'rebel', 'fighter', 'guerrilla', 'partisan']] },
  { act: 'the deaths', frames: [['massacre', 'genocide', 'slaughter', 'murder'], ['clash', 'casualty', 'skirmish', 'collateral']] },
  { act: 'the crowd', frames: [['riot', 'rioter', 'mob', 'looting', 'looter'], ['protest', 'protester', 'demonstration', 'demonstrator', 'rally']] },
  { act: 'the holding of people', frames: [['hostage', 'kidnap', 'abduct', 'abduction'], ['detainee', 'detain', 'detention', 'custody', 'prisoner']] },
  { act: 'who governs', frames: [['regime', 'junta', 'dictatorship'], ['government', 'administration', 'leadership']] },
  { act: 'the control of speech', frames: [['censorship', 'censor', 'crackdown', 'repression', 'suppression'], ['moderation', 'regulation', 'enforcement']] },
  { act: 'the job cuts', frames: [['layoff', 'sack', 'sacking'], ['restructuring', 'streamlining', 'reorganization', 'reorganisation']] },
  { act: 'the counter-move', frames: [['retaliation', 'retaliate', 'revenge', 'reprisal', 'punishment'], ['response', 'reciprocity', 'reciprocal', 'countermeasure']] },
  { act: 'the people arriving', frames: [['refugee', 'asylum'], ['migrant', 'immigrant']] },
  { act: 'the people concerned', frames: [['spy', 'spies', 'spying', 'espionage'], ['diplomat', 'diplomatic']] },
];

export interface FrameUse {
  group: number;
  frame: number;
}

/** stem → where it belongs (a stem in two places keeps its first). */
const FRAME_OF = new Map<string, FrameUse>();
GROUPS.forEach((g, group) =>
  g.frames.forEach((words, frame) => {
    for (const w of words) {
      const key = termKey(w);
      if (key && !FRAME_OF.has(key)) FRAME_OF.set(key, { group, frame });
    }
  }),
);

export const frameOf = (key: string): FrameUse | undefined => FRAME_OF.get(key);

export const frameAct = (group: number): string => GROUPS[group]?.act ?? 'it';
