"""The alignment's thresholds and limits, apart from the alignment that uses them: the command line and the
app read the pairing threshold without loading rapidfuzz (a long comparison loads that while its other half
is being read), and every tuned number of the aligner is read in one place."""

DEFAULT_THRESHOLD = 62.0
"""Pairing threshold on rapidfuzz's 0-100 scale, tuned on the sample articles and the seeds."""
MOVED_MARGIN = 12.0
"""How much stricter the threshold is for sentences paired out of order."""
OVERLAP_SCALE = 62.0 / 0.3
"""Puts the weighted overlap of telling words on rapidfuzz's scale: an overlap of 0.3 meets the default
threshold (on the dev stories it keeps two thirds of the reworded pairs that share four words or more, and
one in a few hundred others; the gap's order-keeping programme rules out most of those)."""
OVERLAP_FLOOR = 35.0
"""Sentences less alike than this in their characters are not compared by their telling words: reworded
statements still share this much, and the many pairs of a long text's gaps that share nothing are skipped."""
MERGE_GAIN = 5.0
"""How much better a sentence must match two neighbouring rows together than its own row to join them."""
SPLIT_PART = 80.0
"""How nearly a sentence must stand inside its neighbour's row to join it as the second half of a split."""
CONTAINED = 92.0
"""How nearly whole a shorter sentence must stand inside a longer one to pair with it (`pair_score.contains`)."""
CONTAINED_CHARS = 60
"""The shortest sentence (in characters of its key) that pairs by standing inside another."""
CONTAINED_WORDS = 0.5
"""The least share of a shorter sentence's content words a longer one must hold before it is asked whether
the shorter stands inside it (`pair_score.contains`). On the dev stories, the seeds, fourteen stories of our
own and the licences, every sentence found inside another had all its words there, and 99% of the pairs asked
had fewer than half."""
SPAN_COVER = 0.55
"""How much of a neighbouring row's telling words (`WordWeights.covered`) a sentence must hold to state that
row too. On the dev stories the merged sentences cover the clause they absorb by 0.59 to 1.0; the nearest
sentence beside an unrelated row, 0.48."""
MIN_FUZZY_WORDS = 4
"""Sentences shorter than this pair only when equal after normalisation."""
DP_AREA = 60_000
"""Largest gap (rows x sentences) aligned with the full dynamic programme."""
GAP_CHOICES = 3
"""How many rows of a large gap each sentence is weighed against (its best by character similarity)."""
SCAN_AREA = 2_000_000
"""Largest gap or move search scanned at all; beyond it only exact matches count."""
MOVE_SCAN_AREA = 250_000
"""Above this many (left-over sentence x free row) pairs, moves are looked for through shared words."""
CONTAIN_SCAN_AREA = 2_000
"""Above this many (left-over sentence x free row) pairs, moved sentences are not looked for inside others."""
OVERLAP_SCAN_AREA = 20_000
"""Above this many (left-over sentence x free row) pairs, moves are not looked for by shared words."""
COMMON_ROWS = 50
MOVE_CANDIDATES = 5
CROSS_REACH = 3
"""How far apart, in sentences of the version being added and in rows, two statements that changed places
may stand for their pairs to be swapped (`moves.uncross`): an outlet reorders a paragraph's sentences, not
the story's."""
CROSS_SCAN_SENTENCES = 2_000
"""The longest version, in sentences, whose weakly paired sentences are asked whether they changed places
(`moves.uncross`): an article's few take no time, while a book of loosely translated verses has thousands.
Asking them all cost KJV/ASV a fifteenth of its alignment to swap two pairs of its 31,000 verses, which keep
their order."""
ROW_KEYS = 8
"""How many distinct cell keys of a row are compared with a new sentence."""
