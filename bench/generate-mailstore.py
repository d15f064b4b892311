#!/usr/bin/env python3
"""Generate a mail store shaped like IceWarp's for the migration benchmark.

Layout: mail/<domain>/<user>/<folder>/<id>.imap, many small message files (1 to 24 KiB),
and about one large attachment-like file (1 to 8 MiB) per 1,000 files. Content and
modification times are reproducible from the seed.

Usage: generate-mailstore.py DIR FILES [--seed N] [--no-large] [--max-kib N]
"""
import argparse
import os
import random

FOLDERS = ["inbox", "sent", "trash", "archive"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root")
    parser.add_argument("files", type=int)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--no-large", action="store_true", help="write only small message files")
    parser.add_argument("--max-kib", type=int, default=24, help="largest small message, in KiB")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    users_per_domain = 40
    per_folder = 25
    block = os.urandom(1 << 20)
    written = 0
    base_time = 1_767_225_600  # 2026-01-01T00:00:00Z
    domain = 0
    while written < args.files:
        for user in range(users_per_domain):
            for folder in FOLDERS:
                path = os.path.join(args.root, "mail", f"domain{domain}.example", f"user{user:03d}", folder)
                os.makedirs(path, exist_ok=True)
                for _ in range(per_folder):
                    if written >= args.files:
                        return
                    large = not args.no_large and rng.random() < 0.001
                    size = rng.randint(1, 8) << 20 if large else rng.randint(min(1024, args.max_kib * 1024), args.max_kib * 1024)
                    name = os.path.join(path, f"{written:08x}.imap")
                    with open(name, "wb") as out:
                        remaining = size
                        while remaining > 0:
                            offset = rng.randrange(0, len(block) - 1)
                            chunk = block[offset:offset + remaining]
                            out.write(chunk)
                            remaining -= len(chunk)
                    stamp = base_time + rng.randint(0, 300 * 86_400)
                    os.utime(name, (stamp, stamp))
                    written += 1
        domain += 1


if __name__ == "__main__":
    main()
