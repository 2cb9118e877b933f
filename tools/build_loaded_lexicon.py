#!/usr/bin/env python3
"""Builds resources/lexicons/loaded-terms.txt from tools/lexicon/loaded-seed.txt, pruned on the TRAIN part of the
development corpora (BABE SG2 and BASIL; never their dev part, never PolNeAR test).

    python3 tools/build_loaded_lexicon.py [--corpora .cache/corpora] [--suggest]

Split (the same as `sourcelight eval assertions`, docs/evaluation.md): an item is dev when the FNV-1a 32-bit hash of
its id (BABE: the sentence text stripped; BASIL: the event's triplet-uuid), modulo 10, is below 3.

Pruning, two rules, both on train only:
1. a one-word form is dropped when it occurs in at least MIN_SEEN train units (BABE sentences plus BASIL words
   outside lexical-bias marks that are in the outlet's voice) and annotators marked it in fewer than MIN_SHARE of
   them: the train data then says it is mostly used plainly;
2. a form (one word or a phrase) is dropped when it occurs outside quotation marks in at least HURT_SEEN BABE SG2
   train sentences and, on average, fewer than HURT_SHARE of its words are marked there. Adding a word whose
   precision is p raises the list's F1 only when p is above half that F1 (about 0.46 on train), so such a form
   lowers the figure and mostly flags words people do not see as loaded. Every dropped form is written with its counts (no
corpus text) to tools/lexicon/pruned-on-train.txt. --suggest prints train words that are often marked and not in
the seed, for a person to judge (they are never added automatically).
"""
import argparse, collections, csv, glob, json, os, re, sys

MIN_SEEN = 6
MIN_SHARE = 0.15
HURT_SEEN = 4
HURT_SHARE = 0.25
WORD = re.compile(r"[^\W_](?:[^\W_]|-(?=[^\W_]))*")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def words(s):
    return [m.group(0).lower() for m in WORD.finditer(s)]


def part(ident):
    h = 0x811c9dc5
    for b in ident.encode('utf-8'):
        h ^= b
        h = (h * 0x01000193) & 0xffffffff
    return 'dev' if h % 10 < 3 else 'train'


def unquoted_words(s):
    """The words of s outside double quotation marks (straight or curly), lower-cased."""
    out, inq = [], False
    pos = 0
    for m in WORD.finditer(s):
        for c in s[pos:m.start()]:
            if c == '\u201c': inq = True
            elif c == '\u201d': inq = False
            elif c == '"': inq = not inq
        pos = m.start()
        if not inq:
            out.append(m.group(0).lower())
    return out


def babe_phrase_stats(corpora, keys):
    """For each form key (words joined by a space): [train SG2 sentences where it occurs outside quotes, summed share
    of its words marked]."""
    wanted = collections.defaultdict(list)
    for k in keys:
        wanted[k.split(' ')[0]].append(k.split(' '))
    stats = collections.defaultdict(lambda: [0, 0.0])
    for text, gold in babe_train_rows(corpora):
        ws = unquoted_words(text)
        found = {}
        for i, w in enumerate(ws):
            for k in wanted.get(w, ()):
                if ws[i:i + len(k)] == k:
                    found[' '.join(k)] = sum(x in gold for x in k) / len(k)
        for k, share in found.items():
            stats[k][0] += 1
            stats[k][1] += share
    return stats


def babe_train_rows(corpora):
    """The BABE SG2 sentences of the train part: (text, set of the words annotators marked as biased)."""
    with open(os.path.join(corpora, 'babe/data/final_labels_SG2.csv'), encoding='utf-8-sig') as f:
        for row in csv.DictReader(f, delimiter=';'):
            if part(row['text'].strip()) != 'train':
                continue
            gold = set()
            for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", row['biased_words']):
                gold.update(words(a or b))
            yield row['text'], gold


def basil_locate(sents, p):
    """(sentence index, start, end) of a BASIL span, as `eval assertions` locates it (docs/evaluation.md): the id names
    the body sentence ("p7", "p7_1"; "title" is left out), the text is compared without surrounding white space, and
    when the offsets are off the occurrence in that sentence nearest them is taken. None when not found."""
    m = re.fullmatch(r'p(\d+)(?:_\d+)?', p['id'])
    want = p['txt'].strip()
    if not m or int(m.group(1)) >= len(sents) or not want:
        return None
    k, s, e = int(m.group(1)), p['start'], p['end']
    sent = sents[k]
    if 0 <= s < e <= len(sent) and sent[s:e].strip() == want:
        f = s + sent[s:e].index(want)
        return k, f, f + len(want)
    hits = [i for i in range(len(sent)) if sent.startswith(want, i)]
    if not hits:
        return None
    f = min(hits, key=lambda i: abs(i - s))
    return k, f, f + len(want)


def train_stats(corpora):
    seen, marked = collections.Counter(), collections.Counter()
    for text, gold in babe_train_rows(corpora):
        for w in set(words(text)):
            seen[w] += 1
            marked[w] += w in gold
    for ann in sorted(glob.glob(os.path.join(corpora, 'basil/data/annotations/resolved/*/*_ann.json'))):
        a = json.load(open(ann, encoding='utf-8'))
        art = json.load(open(ann.replace('annotations/resolved', 'articles').replace('_ann.json', '.json'), encoding='utf-8'))
        if part(art['triplet-uuid']) != 'train':
            continue
        sents = [s for p in art['body-paragraphs'] for s in p]
        marks = collections.defaultdict(list)
        for p in a['phrase-level-annotations']:
            if p['bias'] != 'lex' or p['quote'] == 'yes':
                continue
            at = basil_locate(sents, p)
            if at:
                marks[at[0]].append(at[1:])
        for i, s in enumerate(sents):
            for m in WORD.finditer(s):
                w = m.group(0).lower()
                seen[w] += 1
                marked[w] += any(x < m.end() and m.start() < y for x, y in marks[i])
    return seen, marked


def read_seed(path):
    sections, current = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('## '):
            current = [line[3:].strip(), []]
            sections.append(current)
        elif line.startswith('##') and current is not None and not current[1]:
            current[0] += ' ' + line[2:].strip()
        elif line.strip() and not line.startswith('#'):
            forms, _, note = line.partition('|')
            current[1].append(([f.strip() for f in forms.split('/') if f.strip()], note.strip()))
    return sections


HEADER = """# Loaded terms: words and phrases that judge, insult or dramatise instead of describing, whichever side uses them
# (name-calling, loaded speech verbs such as "slammed" or "claimed", emotive judgements such as "disastrous" or
# "witch hunt"). Flagged only when they are the article's own words (outside quotations): MEDIUM in a sentence nobody
# stands behind, LOW when the article reports someone (the word may be theirs). Never HIGH: a word choice is not a
# claim. Format: term | a short note a 15-year-old understands. Readers add and remove terms in the reader.
# GENERATED by tools/build_loaded_lexicon.py from tools/lexicon/loaded-seed.txt: edit the seed, then rerun.
# Sources, by section below: hand-written by the Sourcelight authors from news style guidance (AP Stylebook, Reuters
# Handbook, BBC Editorial Guidelines, Guardian style guide) and media-literacy teaching on emotive language; and
# words picked from the VADER sentiment lexicon (Apache-2.0, see LICENSE-vader.txt). Grown and pruned on the TRAIN
# part of public development data only (BABE SG2, BASIL; split in docs/evaluation.md). Pruned there: a one-word form
# used plainly in most of its %d or more train occurrences (marked loaded in under %d%% of them), and a form whose words
# are marked, on average, in under %d%% of the %d or more BABE train sentences where it stands outside quotes (such
# a form lowers the list's F1: its precision is below half of it). Dropped forms: tools/lexicon/pruned-on-train.txt.
# "regime" is kept whatever the data says, because the style guides name it explicitly.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpora', default=os.path.join(ROOT, '.cache', 'corpora'))
    ap.add_argument('--suggest', action='store_true')
    args = ap.parse_args()
    seen, marked = train_stats(args.corpora)
    sections = read_seed(os.path.join(HERE, 'lexicon', 'loaded-seed.txt'))
    keys = {' '.join(words(f.lstrip('!'))) for _, entries in sections for forms, _ in entries for f in forms}
    hurt = babe_phrase_stats(args.corpora, keys)
    out = [HEADER % (MIN_SEEN, round(MIN_SHARE * 100), round(HURT_SHARE * 100), HURT_SEEN)]
    pruned, taken = [], set()
    # a word that is already an intensifier or a hedge is flagged as that; listing it here too would flag it twice
    for other in ('intensifiers', 'hedges'):
        for line in open(os.path.join(ROOT, 'resources', 'lexicons', other + '.txt'), encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                taken.add(' '.join(words(line.partition('|')[0])))
    own = len(taken)
    for title, entries in sections:
        out.append('\n# -- ' + title + '\n')
        for forms, note in entries:
            for f in forms:
                keep = f.startswith('!')
                f = f.lstrip('!')
                key = ' '.join(words(f))
                if key in taken:
                    continue
                taken.add(key)
                if not keep and ' ' not in key and seen[key] >= MIN_SEEN and marked[key] / seen[key] < MIN_SHARE:
                    pruned.append('%s\t%d of %d train occurrences marked' % (f, marked[key], seen[key]))
                    continue
                n, share = hurt.get(key, (0, 0.0))
                if not keep and n >= HURT_SEEN and share / n < HURT_SHARE:
                    pruned.append('%s\tin %d BABE train sentences, %.0f%% of its words marked' % (f, n, 100 * share / n))
                    continue
                out.append(f + (' | ' + note if note else '') + '\n')
    with open(os.path.join(ROOT, 'resources', 'lexicons', 'loaded-terms.txt'), 'w', encoding='utf-8') as o:
        o.writelines(out)
    with open(os.path.join(HERE, 'lexicon', 'pruned-on-train.txt'), 'w', encoding='utf-8') as o:
        o.write('# Seed forms dropped by tools/build_loaded_lexicon.py, train part only. "N of M train occurrences marked":\n'
                '# used plainly in most of their occurrences (BABE SG2 sentences + BASIL words outside quotes). "in N BABE\n'
                '# train sentences, P% of its words marked": precision below half the list\'s F1, so the form lowers it.\n'
                '# Counts only, no corpus text.\n')
        o.writelines(p + '\n' for p in pruned)
    print('%d terms, %d pruned' % (len(taken) - own - len(pruned), len(pruned)), file=sys.stderr)
    if args.suggest:
        cands = [(w, marked[w], seen[w]) for w in seen if marked[w] >= 2 and marked[w] / seen[w] >= 0.3 and w not in taken]
        cands.sort(key=lambda c: -c[1])
        print(' '.join('%s:%d/%d' % c for c in cands))


if __name__ == '__main__':
    main()
