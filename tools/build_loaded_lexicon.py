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
3. a form (one word or a phrase) is dropped when its words, at its occurrences outside quotation marks in the BABE
   SG2 train sentences and the BASIL train articles together, number at least BOTH_SEEN and fewer than BOTH_SHARE of
   them are marked: two sets of annotators, on partisan and on mainstream news, both see it as plain (rule 2 reads
   BABE alone, where mainstream wording is rare).
"""
import argparse, collections, csv, glob, json, os, re, sys

DICTIONARY = '/usr/share/dict/american-english'  # SCOWL word list, Debian package wamerican
MIN_SEEN = 6
MIN_SHARE = 0.15
HURT_SEEN = 4
HURT_SHARE = 0.25
BOTH_SEEN = 6
# AssertionDetector.TRAILING_PREPOSITIONS: a loaded phrase is highlighted without these at its end
TRAILING_PREPOSITIONS = {'of', 'to', 'with', 'against', 'into', 'for', 'on', 'at', 'about', 'from'}
BOTH_SHARE = 0.15
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
    return [w for w, _, _ in unquoted_tokens(s)]


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


def both_phrase_stats(corpora, keys):
    """For each form key: [its words at its occurrences outside quotes in BABE SG2 train and BASIL train, how many of
    them are marked]."""
    wanted = collections.defaultdict(list)
    for k in keys:
        wanted[k.split(' ')[0]].append(k.split(' '))
    stats = collections.defaultdict(lambda: [0, 0])

    def count(ws, is_marked):
        for i, w in enumerate(ws):
            for k in wanted.get(w, ()):
                if ws[i:i + len(k)] == k:
                    n = len(k)  # the panel does not highlight a trailing preposition ("railed against")
                    while n > 1 and k[n - 1] in TRAILING_PREPOSITIONS:
                        n -= 1
                    stats[' '.join(k)][0] += n
                    stats[' '.join(k)][1] += sum(is_marked(j) for j in range(i, i + n))

    for text, gold in babe_train_rows(corpora):
        ws = unquoted_words(text)
        count(ws, lambda j, ws=ws, gold=gold: ws[j] in gold)
    for sent, marks in basil_train_sentences(corpora):
        toks = unquoted_tokens(sent)
        ws = [t[0] for t in toks]
        count(ws, lambda j, toks=toks, marks=marks: any(x < toks[j][2] and toks[j][1] < y for x, y in marks))
    return stats


def unquoted_tokens(s):
    """(word, start, end) of the words of s outside double quotation marks, lower-cased."""
    out, inq, pos = [], False, 0
    for m in WORD.finditer(s):
        for c in s[pos:m.start()]:
            if c == '\u201c': inq = True
            elif c == '\u201d': inq = False
            elif c == '"': inq = not inq
        pos = m.start()
        if not inq:
            out.append((m.group(0).lower(), m.start(), m.end()))
    return out


def basil_train_sentences(corpora):
    """The body sentences of the BASIL train articles with their lexical-bias spans outside quotes: (text, [(s, e)])."""
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
            yield s, marks[i]


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
    for s, spans in basil_train_sentences(corpora):
        for m in WORD.finditer(s):
            w = m.group(0).lower()
            seen[w] += 1
            marked[w] += any(x < m.end() and m.start() < y for x, y in spans)
    return seen, marked


def other_forms(forms, dictionary):
    """Regular inflections of a seed entry's forms that the entry lacks and the dictionary lists:
    - the adverb of each one-word adjective-like form ("shameful" -> "shamefully", "erratic" -> "erratically");
    - a verb listed in at least two of its forms gets its missing -s, -ed and -ing forms ("bash/bashed/bashing" ->
      "bashes"); the bare stem is never added (it is often a plain noun: "blast", "cave").
    A form the dictionary does not list is not English and is not added."""
    order = list(dict.fromkeys(f.lower() for f in forms))  # the seed's order, so the output is the same every run
    have = set(order)
    out = []

    def add(g):
        if g not in have and g in dictionary:
            have.add(g)
            out.append(g)

    for f in order:
        if ' ' in f or '-' in f or f.endswith('ly') or len(f) < 4:
            continue
        if f.endswith('ic'):
            add(f + 'ally')
        elif f.endswith('le'):
            add(f[:-1] + 'y')
        elif f.endswith('y'):
            add(f[:-1] + 'ily')
        elif re.search(r'(ous|ful|al|ive|ent|ant|less|ish|id|ate|ile|ine|ar|ed|ing|ist|ile|ne|se|ce|de|te|ve|re|rd)$', f):
            add(f + 'ly')
    stems = collections.Counter()
    for f in order:
        if ' ' in f:
            continue
        for st in sorted(verb_stems(f)):
            stems[st] += 1
    for st, n in stems.items():
        if n + (st in have) >= 2:
            for g in verb_forms(st):
                add(g)
    return out


def verb_stems(f):
    """The possible stems of an inflected verb form (none for a form that is not -s, -ed or -ing)."""
    out = set()
    if f.endswith('ied'):
        out.add(f[:-3] + 'y')
    elif f.endswith('ies'):
        out.add(f[:-3] + 'y')
    elif f.endswith('ed'):
        out.update({f[:-2], f[:-1]})
        if len(f) > 4 and f[-3] == f[-4]:
            out.add(f[:-3])
    elif f.endswith('ing'):
        out.update({f[:-3], f[:-3] + 'e'})
        if len(f) > 5 and f[-4] == f[-5]:
            out.add(f[:-4])
    elif f.endswith('es'):
        out.update({f[:-2], f[:-1]})
    elif f.endswith('s') and not f.endswith('ss'):
        out.add(f[:-1])
    return {x for x in out if len(x) >= 3}


def verb_forms(st):
    """-s, -ed and -ing of a stem, by the regular spelling rules (both with and without a doubled last consonant;
    the dictionary decides which exists)."""
    if re.search(r'(s|x|z|ch|sh)$', st):
        third = st + 'es'
    elif re.search(r'[^aeiou]y$', st):
        third = st[:-1] + 'ies'
    else:
        third = st + 's'
    if st.endswith('e'):
        return [third, st + 'd', st[:-1] + 'ing']
    if re.search(r'[^aeiou]y$', st):
        return [third, st[:-1] + 'ied', st + 'ing']
    forms = [third, st + 'ed', st + 'ing']
    if re.search(r'[^aeiou][aeiou][bdglmnprt]$', st):
        forms += [st + st[-1] + 'ed', st + st[-1] + 'ing']
    return forms


def read_seed(path, never=None):
    """The seed's sections: [title, [(forms, note)]]. Lines "~ form/form | why" name forms that are never generated
    as other forms (plain words, or not inflections of the entry); they go to `never` when given."""
    sections, current = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('~'):
            if never is not None:
                never.update(f.strip().lower() for f in line[1:].partition('|')[0].split('/') if f.strip())
            continue
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
# words picked from the VADER sentiment lexicon (Apache-2.0, see LICENSE-vader.txt). Each entry also gets its regular
# inflections it lacks (the adverb of an adjective, the missing -s/-ed/-ing of a verb listed in two or more forms),
# kept only when the SCOWL word list (Debian wamerican, Kevin Atkinson, permissive licence) has them; they close each
# section under "# other forms". Grown and pruned on the TRAIN
# part of public development data only (BABE SG2, BASIL; split in docs/evaluation.md). Pruned there: a one-word form
# used plainly in most of its %d or more train occurrences (marked loaded in under %d%% of them), and a form whose words
# are marked, on average, in under %d%% of the %d or more BABE train sentences where it stands outside quotes (such
# a form lowers the list's F1: its precision is below half of it), and a form whose highlighted words at its
# occurrences outside quotes in BABE SG2 and BASIL train together number %d or more and are marked under %d%% of the
# time (two sets of annotators read it as plain). Dropped forms: tools/lexicon/pruned-on-train.txt.
# "regime" is kept whatever the data says, because the style guides name it explicitly.
"""


def kept(f, note, taken, seen, marked, hurt, both, pruned):
    """The output line of seed form f, or None when it is already taken or the pruning rules drop it."""
    keep = f.startswith('!')
    f = f.lstrip('!')
    key = ' '.join(words(f))
    if key in taken:
        return None
    taken.add(key)
    if not keep and ' ' not in key and seen[key] >= MIN_SEEN and marked[key] / seen[key] < MIN_SHARE:
        pruned.append('%s\t%d of %d train occurrences marked' % (f, marked[key], seen[key]))
        return None
    n, share = hurt.get(key, (0, 0.0))
    if not keep and n >= HURT_SEEN and share / n < HURT_SHARE:
        pruned.append('%s\tin %d BABE train sentences, %.0f%% of its words marked' % (f, n, 100 * share / n))
        return None
    w, m = both.get(key, (0, 0))
    if not keep and w >= BOTH_SEEN and m / w < BOTH_SHARE:
        pruned.append('%s\t%d of its %d words marked in BABE SG2 and BASIL train together' % (f, m, w))
        return None
    return f + (' | ' + note if note else '') + '\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpora', default=os.path.join(ROOT, '.cache', 'corpora'))
    ap.add_argument('--suggest', action='store_true')
    ap.add_argument('--dictionary', default=DICTIONARY, help='English word list that decides which inflections exist')
    args = ap.parse_args()
    if not os.path.exists(args.dictionary):
        sys.exit('no word list at %s: apt-get install wamerican (or pass --dictionary)' % args.dictionary)
    dictionary = {w.strip().lower() for w in open(args.dictionary, encoding='utf-8') if "'" not in w}
    never = set()
    sections = read_seed(os.path.join(HERE, 'lexicon', 'loaded-seed.txt'), never)
    # a form the seed lists anywhere keeps its own entry and note; a "~" form is never generated
    listed = {f.lstrip('!').lower() for _, entries in sections for forms, _ in entries for f in forms}
    for _, entries in sections:
        for i, (forms, note) in enumerate(entries):
            more = other_forms([f.lstrip('!') for f in forms], dictionary)
            entries[i] = (forms, note, [g for g in more if g not in listed and g not in never])
    seen, marked = train_stats(args.corpora)
    keys = {' '.join(words(f.lstrip('!'))) for _, entries in sections for forms, _, more in entries for f in forms + more}
    hurt = babe_phrase_stats(args.corpora, keys)
    both = both_phrase_stats(args.corpora, keys)
    out = [HEADER % (MIN_SEEN, round(MIN_SHARE * 100), round(HURT_SHARE * 100), HURT_SEEN, BOTH_SEEN,
                     round(BOTH_SHARE * 100))]
    pruned, taken = [], set()
    # a form that is already an intensifier, a hedge or a disputed-claim cue is flagged as that; listing it here too
    # would flag it twice
    for other in ('intensifiers', 'hedges', 'contested-claims'):
        for line in open(os.path.join(ROOT, 'resources', 'lexicons', other + '.txt'), encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                taken.add(' '.join(words(line.partition('|')[0])))
    own = len(taken)
    for title, entries in sections:
        out.append('\n# -- ' + title + '\n')
        generated = []
        for forms, note, more in entries:
            for f in forms:
                line = kept(f, note, taken, seen, marked, hurt, both, pruned)
                if line:
                    out.append(line)
            generated += [(g, note) for g in more]
        lines = [x for x in (kept(g, note, taken, seen, marked, hurt, both, pruned) for g, note in generated) if x]
        if lines:
            out.append('# other forms of the entries above (regular inflections in the SCOWL word list)\n')
            out.extend(lines)
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
