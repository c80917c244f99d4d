#!/usr/bin/env python3
"""Writes N synthetic but realistic entries (front matter, related events, a 300-400 word body) into a content folder."""
import os
import random
import sys

WORDS = ("the of and to in a was that for on as with by at from his her their it an were which this had "
         "king treaty city river army people government first new war peace empire council church trade "
         "ship island mountain bridge railway school court law vote election crowd capital harbour "
         "expedition discovery telescope comet vaccine hospital factory strike festival cathedral palace "
         "republic revolution independence colony province frontier desert ocean storm earthquake fire").split()
TAGS = ["politics", "diplomacy", "war", "science", "exploration", "technology", "arts", "music", "sport",
        "religion", "disasters", "economy", "europe", "asia", "africa", "americas", "oceania", "middle-east"]
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def main():
    count, root = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(count)
    os.makedirs(os.path.join(root, "photos"), exist_ok=True)
    with open(os.path.join(root, "tags.yml"), "w") as f:
        for tag in TAGS:
            f.write(f"- tag: {tag}\n  label: {tag.replace('-', ' ').title()}\n  description: Stories about {tag}.\n")
    for i in range(count):
        month = i % 12 + 1
        day = (i // 12) % DAYS[month - 1] + 1
        year = 1000 + (i * 7) % 1020
        if month == 2 and day == 29:
            year = 2000 - (i % 25) * 4
        folder = os.path.join(root, "events", f"{month:02d}-{day:02d}")
        os.makedirs(folder, exist_ok=True)
        title = " ".join(rng.choice(WORDS).capitalize() for _ in range(5))
        related = "".join(
            f"  - date: {year + k:04d}-{month:02d}-{min(day, 28):02d}\n    text: {sentence(rng)[:110]}\n" for k in range(1, 5))
        paragraphs = "\n\n".join(" ".join(sentence(rng) for _ in range(5)) for _ in range(4))
        tags = ", ".join(rng.sample(TAGS, 3))
        with open(os.path.join(folder, f"{year}-synthetic-entry-{i}.md"), "w") as f:
            f.write(f"---\ntitle: {title}\ndate: {year:04d}-{month:02d}-{day:02d}\nsummary: {sentence(rng)[:180]}\n"
                    f"kind: event\ntags: [{tags}]\nrelated:\n{related}---\n{paragraphs}\n")


if __name__ == "__main__":
    main()
