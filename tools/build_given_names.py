#!/usr/bin/env python3
"""Builds resources/lexicons/given-names.txt from the US Social Security Administration's national baby-name files.

Input: a folder of SSA `yobYYYY.txt` files (name,sex,count per line; public domain, "Baby Names from Social Security
Card Applications - National Data", https://www.ssa.gov/oact/babynames/limits.html, also on catalog.data.gov).
Kept: births 1925-2005 (the generations quoted in news), names given to at least 1,000 children in those years,
and only names at least 85% of whose bearers have one sex (names used for both are left out: no gender hint).
Left out: words that the other lexicons read as something else (role nouns, titles, organisation words, function
words, months and weekdays) so that "Will", "May", "Justice", "Major" never start a person's name on their own.
Appended: the hand-added given names of public figures in international news kept from the earlier list
(`--extra FILE`, "<name> <male|female>" lines), when SSA data does not hold them often enough.

Usage: tools/build_given_names.py SSA_DIR --extra OLD_EXTRA_FILE > resources/lexicons/given-names.txt
"""
import argparse
import collections
import os

LEX = os.path.join(os.path.dirname(__file__), '..', 'resources', 'lexicons')
CALENDAR = {'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
            'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'}
# English words that open sentences or phrases in news far more often than they are anyone's given name
COMMON_WORDS = {'will', 'may', 'can', 'major', 'general', 'justice', 'king', 'prince', 'judge', 'bishop', 'dean',
                'marshal', 'royal', 'chancellor', 'pastor', 'precious', 'unique', 'miracle', 'lucky', 'young', 'rich',
                'price', 'cash', 'star', 'rock', 'stone', 'sterling', 'guy', 'art', 'chase',
                'hope', 'faith', 'joy', 'grace', 'trinity', 'destiny', 'heaven', 'harmony', 'summer', 'autumn', 'dawn',
                'crystal', 'amber', 'ruby', 'pearl', 'sunny', 'china', 'asia', 'america', 'paris', 'london', 'dallas',
                'austin', 'houston', 'denver', 'phoenix', 'georgia', 'virginia', 'carolina', 'india', 'kenya', 'israel',
                'jordan', 'egypt', 'christian', 'infant', 'baby', 'unknown', 'male', 'female', 'girl', 'boy', 'son',
                'marine', 'ivory', 'sky', 'sage', 'page', 'ocean', 'river', 'forest', 'hunter', 'walker', 'baker', 'porter',
                'cooper', 'mason', 'tanner', 'carter', 'parker', 'miller', 'taylor', 'chance', 'deal', 'early', 'said'}


def words_of(name):
    out = set()
    path = os.path.join(LEX, name)
    if not os.path.exists(path):
        return out
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        out.add(line.split()[0].split('=')[0].strip().lower().rstrip('.'))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('ssa_dir')
    ap.add_argument('--extra')
    ap.add_argument('--first', type=int, default=1925)
    ap.add_argument('--last', type=int, default=2005)
    ap.add_argument('--min', type=int, default=1000)
    ap.add_argument('--share', type=float, default=0.85)
    a = ap.parse_args()
    male, female = collections.Counter(), collections.Counter()
    for year in range(a.first, a.last + 1):
        for line in open(os.path.join(a.ssa_dir, 'yob%d.txt' % year), encoding='utf-8'):
            name, sex, count = line.strip().split(',')
            (male if sex == 'M' else female)[name] += int(count)
    excluded = set(CALENDAR) | COMMON_WORDS
    for lexicon in ('role-nouns.txt', 'abbreviations.txt', 'organisation-nouns.txt', 'stopwords.txt', 'pronouns.txt',
                    'document-nouns.txt', 'media-nouns.txt', 'vague-sources.txt', 'anonymous-sources.txt'):
        excluded |= words_of(lexicon)
    rows = []
    for name in set(male) | set(female):
        m, f = male[name], female[name]
        total = m + f
        if total < a.min or name.lower() in excluded:
            continue
        if max(m, f) < a.share * total:
            continue
        rows.append((-total, name, 'male' if m > f else 'female'))
    rows.sort()
    print('# Given names and the gender they usually mark, for resolving "he" and "she" to a named person ("Hillary Clinton')
    print('# said ... she added") and for telling a person\'s full name from other capitalised words. Only a hint: a gender')
    print('# word, a title (Mr., Mrs.) or a pronoun already resolved to the person wins.')
    print('# Source: US Social Security Administration, national baby-name data (public domain; yobYYYY.txt files,')
    print('# https://www.ssa.gov/oact/babynames/limits.html), births %d-%d: every name given to at least %d children,' % (a.first, a.last, a.min))
    print('# kept only when at least %d%% of them had one sex (names used for both are left out); words the other lexicons' % round(a.share * 100))
    print('# read as roles, titles, organisations or function words, months, weekdays and common English words are left')
    print('# out. Generated by tools/build_given_names.py (most frequent first); the last block is hand-added given names')
    print('# of public figures in international news that US birth records do not hold.')
    print('# Line format: "<name> <male|female>"')
    seen = set()
    for _, name, g in rows:
        print(name, g)
        seen.add(name.lower())
    if a.extra:
        print('# hand-added: public figures in international news')
        for line in open(a.extra, encoding='utf-8'):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            name = line.split()[0]
            known = male[name] + female[name] >= a.min  # SSA holds it: its own figures decided above
            if name.lower() not in seen and name.lower() not in excluded and not known:
                print(line)
                seen.add(name.lower())


if __name__ == '__main__':
    main()
