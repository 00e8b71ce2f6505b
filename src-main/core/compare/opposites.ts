// Words of opposite sense ("rose" / "fell", "voluntarily" / "forced", "reopened" / "closed"):
// two statements about the same thing that assert opposite words contradict each other. A
// general lexicon matched on the written word (not the stem: "forced" is not "forces").

const PAIRS: readonly (readonly [string, string])[] = [
  ['rise rises rose risen rising increase increased increases increasing grew grow grows growing', 'fall falls fell fallen falling decrease decreased decreases decreasing decline declined declines declining drop dropped drops shrank shrink shrinks'],
  ['win wins won winning victory', 'lose loses lost losing defeat defeated'],
  ['accept accepts accepted accepting agree agrees agreed approve approves approved', 'reject rejects rejected rejecting refuse refuses refused refusing'],
  ['open opens opened reopen reopened reopens', 'close closes closed shut shuts'],
  ['allow allows allowed permit permits permitted', 'ban bans banned forbid forbids forbidden prohibit prohibits prohibited'],
  ['guilty', 'innocent'],
  ['true accurate correct', 'false inaccurate incorrect untrue'],
  ['support supports supported supporting', 'oppose opposes opposed opposing'],
  ['advance advances advanced advancing', 'retreat retreats retreated retreating withdrew withdrawn'],
  ['succeeded successful success', 'failed failure unsuccessful'],
  ['peaceful peacefully', 'violent violently'],
  ['alive survived', 'dead killed'],
  ['legal lawful legally lawfully', 'illegal unlawful illegally unlawfully'],
  ['voluntary voluntarily', 'forced compulsory mandatory'],
  ['safe safely', 'unsafe dangerous'],
];

export interface OppositeUse {
  /** Which pair of opposites. */
  pair: number;
  /** Which side of it (0 or 1). */
  side: number;
}

const OPPOSITE_OF = new Map<string, OppositeUse>();
PAIRS.forEach((sides, pair) =>
  sides.forEach((words, side) => {
    for (const w of words.split(/\s+/)) OPPOSITE_OF.set(w, { pair, side });
  }),
);

/** Where a written word sits among the opposites, if anywhere. */
export const oppositeOf = (surface: string): OppositeUse | undefined => OPPOSITE_OF.get(surface.toLowerCase());
