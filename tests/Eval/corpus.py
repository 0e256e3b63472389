"""Reads the shared corpus for pooling and judging: one record per note (id, show, year, title, tags,
notes part, transcript). Nothing here is written into the project; it only reads ../shared/corpus."""
import os
import re

CORPUS = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "corpus", "devchat"))

# A transcript starts at a heading that says so; everything above it is the notes part.
TRANSCRIPT_HEADING = re.compile(r"^#+\s*\**\s*transcript", re.IGNORECASE | re.MULTILINE)


class Note:
    def __init__(self, episode_id, title, date, podcast, tags, notes, transcript):
        self.id = episode_id
        self.title = title
        self.date = date
        self.year = date[:4]
        self.podcast = podcast
        self.tags = tags
        self.notes = notes
        self.transcript = transcript


def _front_matter(text):
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    head, body = text[3:end], text[end + 4:]
    fields, tags, key = {}, [], None
    for line in head.splitlines():
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if m:
            key, value = m.group(1), m.group(2).strip()
            fields[key] = "" if value in (">", "|", ">-", "|-") else value.strip("'\"")
        elif key == "tags" and line.strip().startswith("-"):
            tags.append(line.strip()[1:].strip())
        elif key and line.strip():
            fields[key] = (fields.get(key, "") + " " + line.strip()).strip()
    fields["tags"] = tags
    return fields, body


def load():
    """Every note of the corpus, sorted by id."""
    notes = []
    for show in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, show)
        if show.startswith("_") or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            fields, body = _front_matter(text)
            m = TRANSCRIPT_HEADING.search(body)
            notes_part, transcript = (body[:m.start()], body[m.end():]) if m else (body, "")
            notes.append(Note(f"{show}/{name[:-3]}", fields.get("title", ""), str(fields.get("date", "")),
                              fields.get("podcast", show), fields.get("tags", []), notes_part, transcript))
    return notes


def exists(episode_id):
    return os.path.isfile(os.path.join(CORPUS, episode_id + ".md"))
