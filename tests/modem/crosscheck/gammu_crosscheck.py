#!/usr/bin/python3
"""Cross-check Rapport's SMS PDU codec against an independent one, python-gammu.

Both directions, on a seeded set of texts (fixed edge cases plus --count random ones):

  Rapport -> gammu   `rapportctl modem encode NUMBER TEXT --json` builds the SMS-SUBMIT parts;
                     gammu.DecodePDU reads every PDU (SMSC field included). The parts are joined by
                     gammu's view of the concatenation header and must give back the text, the
                     destination, the SMSC, the part count and the sequence numbers. gammu's own
                     reassembly (LinkSMS + DecodeSMS) must agree as well.
  gammu -> Rapport   gammu.EncodeSMS + gammu.EncodePDU build SMS-SUBMIT and SMS-DELIVER parts
                     (8- and 16-bit references, message classes, validity periods, alphanumeric
                     originators, time stamps 2000-2089); `rapportctl modem decode --json` reads
                     each one and the parts, joined in sequence order by Rapport's concatenation
                     info, must give back the text, the numbers and the time stamp.

Independent expectations (encoding choice, part count, units per part) come from this script's own
GSM 7-bit tables (3GPP TS 23.038 §6.2.1, §6.2.1.1) and the limits of TS 23.040 §9.2.3.24.1.

Known gammu/python-gammu limitations are normalised where they occur, each with its reason, and
counted in the summary: the 7-bit 'Text' overrun after extension characters (gammu_part_text),
the Nokia '~'/U+0001 convention in UCS-2 (gammu_nokia_encode), ASCII-packed alphanumeric addresses
and "00" read as the international prefix (random_number), TP-SCTS years 90-99 and the time zone
always written as 00 (random_timestamp), UCS-2 parts that gammu ends early (allowed).

Run with Debian's interpreter, which is the one that can import gammu:
    /usr/bin/python3 tests/modem/crosscheck/gammu_crosscheck.py \
        --rapportctl build/default/bin/rapportctl [--seed 20261123] [--count 200]
Exit status: 0 all agree, 1 disagreements found, 2 cannot run (gammu or rapportctl missing).
"""

import argparse
import binascii
import concurrent.futures
import datetime
import json
import os
import pathlib
import random
import subprocess
import sys
import time

try:
    import gammu
except ImportError as error:  # pragma: no cover - depends on the machine
    sys.stderr.write(
        "gammu_crosscheck: %s cannot import the gammu module (%s).\n"
        "Install python-gammu with `apt-get install python3-gammu` and run this script with "
        "/usr/bin/python3 (a pyenv or virtualenv python does not see Debian's module).\n"
        % (sys.executable, error))
    sys.exit(2)

# ---------------------------------------------------------------------------------------------
# GSM 7-bit default alphabet, written out here so the expectations do not come from either codec.
# ---------------------------------------------------------------------------------------------

# TS 23.038 §6.2.1, by septet value; 0x1B is the escape to the extension table (no character).
GSM_BASIC = (
    "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\x1b\u00c6\u00e6\u00df\u00c9"
    " !\"#\u00a4%&'()*+,-./"
    "0123456789:;<=>?"
    "\u00a1ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
    "\u00bfabcdefghijklmno"
    "pqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0"
)
assert len(GSM_BASIC) == 128
GSM_BASIC_SET = frozenset(GSM_BASIC) - {"\x1b"}
# TS 23.038 §6.2.1.1: characters reached through the escape; each costs two septets.
GSM_EXTENSION = frozenset("\f^{}\\[~]|\u20ac")


def gsm_cost(ch):
    """Septets one character costs in GSM 7-bit, or None when it is not in the alphabet."""
    if ch in GSM_BASIC_SET:
        return 1
    if ch in GSM_EXTENSION:
        return 2
    return None


def is_gsm7(text):
    return all(gsm_cost(ch) is not None for ch in text)


def utf16_units(text):
    return len(text.encode("utf-16-be", "surrogatepass")) // 2


def units(text, encoding):
    if encoding == "gsm7":
        return sum(gsm_cost(ch) for ch in text)
    return utf16_units(text)


# TS 23.040 §9.2.3.24.1: one part carries 140 octets; a concatenation header takes 6 octets with an
# 8-bit reference (153 septets or 67 UTF-16 units left) and 7 with a 16-bit one (152 / 66).
SINGLE_LIMIT = {"gsm7": 160, "ucs2": 70}
PART_LIMIT = {("gsm7", 8): 153, ("ucs2", 8): 67, ("gsm7", 16): 152, ("ucs2", 16): 66}


def expected_parts(text, encoding, reference_bits=8):
    """Greedy segmentation that never splits an escape sequence or a surrogate pair.

    Python strings index code points, so walking them can never cut a surrogate pair in two, and
    an extension character is costed as a whole (its escape and its code stay together).
    """
    if units(text, encoding) <= SINGLE_LIMIT[encoding]:
        return [text]
    limit = PART_LIMIT[(encoding, reference_bits)]
    parts, current, used = [], [], 0
    for ch in text:
        cost = units(ch, encoding)
        if used + cost > limit:
            parts.append("".join(current))
            current, used = [], 0
        current.append(ch)
        used += cost
    parts.append("".join(current))
    return parts


# ---------------------------------------------------------------------------------------------
# Text generation
# ---------------------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
PUNCTUATION = ".,!?'\"-:;()/+*%&#=<>@$_"
EXTENSION_CHARS = "^{}\\[~]|\u20ac"
# gammu cannot show a '~' in UCS-2 text exactly (see gammu_nokia_encode below), so only the
# "mixed" kind puts one there; the other UCS-2 kinds keep the full joined-text checks.
EXTENSION_NO_TILDE = EXTENSION_CHARS.replace("~", "")
GSM_ACCENTS = (
    "\u00e9\u00e8\u00f9\u00ec\u00f2\u00c7\u00d8\u00f8\u00c5\u00e5\u00c4\u00d6\u00d1\u00dc"
    "\u00e4\u00f6\u00f1\u00fc\u00e0\u00df\u00c6\u00e6\u00c9\u00a1\u00bf\u00a7\u00a4\u00a3\u00a5"
    "\u0394\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e"
)
# Letters and symbols outside GSM 7-bit (one UTF-16 unit each): they force UCS-2.
UCS2_BMP = (
    "\u0103\u015f\u0151\u0171\u0107\u0142\u017e\u021b\u0119\u0105\u010d\u0159\u016f\u011f\u0131"
    "\u00e7\u00c0\u00c1\u00c2\u00ea\u00ee\u00f4\u00fb\u00ff\u0153\u0152\u00e1\u00ed\u00f3\u00fa"
    "\u03b1\u03b2\u03b3\u03bb\u0431\u0436\u044f\u0416\u05e9\u0627\u4e2d\u6587\u65e5\u672c"
    "\u2026\u2013\u2014\u201c\u201d\u2018\u2019\u00ab\u00bb`\u00b0\u00b1\u00d7"
)
# Characters outside the Basic Multilingual Plane: a surrogate pair each in UTF-16.
ASTRAL = [
    "\U0001F600", "\U0001F602", "\U0001F44D", "\U0001F389", "\U0001F680", "\U0001F984",
    "\U0001F9EA", "\U0001D11E", "\U0002000B", "\U0001F4A9", "\U0001F30D",
]
# Multi-code-point emoji: ZWJ sequences, flags (regional indicator pairs), skin tones, VS16.
EMOJI_SEQUENCES = [
    "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466",  # family
    "\U0001F3F3\ufe0f\u200d\U0001F308",  # rainbow flag
    "\U0001F469\U0001F3FD\u200d\U0001F4BB",  # woman technologist, medium skin tone
    "\U0001F9D1\u200d\U0001F680",  # astronaut
    "\U0001F1E9\U0001F1EA",  # flag DE
    "\U0001F1EF\U0001F1F5",  # flag JP
    "\U0001F44D\U0001F3FF",  # thumbs up, dark skin tone
    "\u2764\ufe0f",  # heart + VS16 (BMP only)
    "\u0031\ufe0f\u20e3",  # keycap 1 (BMP only)
]

for _c in GSM_ACCENTS + EXTENSION_CHARS + LETTERS + DIGITS + PUNCTUATION:
    assert gsm_cost(_c) is not None, _c
for _c in UCS2_BMP:
    assert gsm_cost(_c) is None and utf16_units(_c) == 1, _c

KINDS = [
    "gsm-plain", "gsm-ext", "gsm-accents", "ucs2-accents", "emoji", "mixed",
    "gsm-ext-at-boundary", "emoji-at-boundary",
]


def plain_char(rng):
    r = rng.random()
    if r < 0.70:
        return rng.choice(LETTERS)
    if r < 0.85:
        return " "
    if r < 0.90:
        return rng.choice(DIGITS)
    if r < 0.985:
        return rng.choice(PUNCTUATION)
    return rng.choice("\n\r")


def token(rng, kind):
    """One piece of text for a kind: a character or a multi-code-point emoji sequence."""
    r = rng.random()
    if kind == "gsm-plain":
        return plain_char(rng)
    if kind in ("gsm-ext", "gsm-ext-at-boundary"):
        return rng.choice(EXTENSION_CHARS + "\f") if r < 0.12 else plain_char(rng)
    if kind == "gsm-accents":
        if r < 0.25:
            return rng.choice(GSM_ACCENTS)
        return rng.choice(EXTENSION_CHARS) if r < 0.28 else plain_char(rng)
    if kind == "ucs2-accents":
        if r < 0.15:
            return rng.choice(UCS2_BMP)
        if r < 0.25:
            return rng.choice(GSM_ACCENTS)
        return rng.choice(EXTENSION_NO_TILDE) if r < 0.30 else plain_char(rng)
    if kind in ("emoji", "emoji-at-boundary"):
        if r < 0.08:
            return rng.choice(ASTRAL)
        if r < 0.13:
            return rng.choice(EMOJI_SEQUENCES)
        return rng.choice(EXTENSION_NO_TILDE) if r < 0.15 else plain_char(rng)
    # mixed
    if r < 0.05:
        return rng.choice(ASTRAL)
    if r < 0.08:
        return rng.choice(EMOJI_SEQUENCES)
    if r < 0.16:
        return rng.choice(UCS2_BMP)
    if r < 0.26:
        return rng.choice(GSM_ACCENTS)
    return rng.choice(EXTENSION_CHARS) if r < 0.32 else plain_char(rng)


def kind_encoding(kind):
    return "gsm7" if kind.startswith("gsm") else "ucs2"


def fill(rng, kind, target, encoding):
    """Random text of exactly `target` units in `encoding` (septets or UTF-16 units)."""
    pieces, used = [], 0
    while used < target:
        piece = token(rng, kind)
        cost = units(piece, encoding)
        if used + cost > target:
            piece, cost = rng.choice(LETTERS), 1
        pieces.append(piece)
        used += cost
    return "".join(pieces)


def ensure_culprit(rng, text, kind):
    """UCS-2 kinds must hold at least one character outside GSM 7-bit (same unit count)."""
    if not text or not is_gsm7(text):
        return text
    wants_astral = kind in ("emoji", "emoji-at-boundary") and len(text) >= 2
    chars = list(text)
    singles = [i for i, ch in enumerate(chars) if utf16_units(ch) == 1]
    if wants_astral:
        pairs = [i for i in singles if i + 1 < len(chars) and i + 1 in singles]
        if pairs:
            i = rng.choice(pairs)
            chars[i:i + 2] = [rng.choice(ASTRAL), ""]
            return "".join(chars)
    i = rng.choice(singles)
    chars[i] = rng.choice(UCS2_BMP)
    return "".join(chars)


def target_units(rng, encoding, parts):
    single, per = SINGLE_LIMIT[encoding], PART_LIMIT[(encoding, 8)]
    if parts == 1:
        boundary = [single, single - 1, 1]
        low, high = 1, single
    else:
        boundary = [per * parts - 1, per * parts, per * parts + 1]
        if parts == 2:
            boundary.append(single + 1)
        low, high = max(single + 1, per * (parts - 1) + 1), per * parts
    if rng.random() < 0.4:
        return rng.choice(boundary)
    return rng.randint(low, high)


def random_text(rng, index):
    kind = KINDS[index % len(KINDS)]
    parts = 1 + (index // len(KINDS)) % 10
    encoding = kind_encoding(kind)
    if kind in ("gsm-ext-at-boundary", "emoji-at-boundary"):
        # A straddling character right where a part would end: septet 153k-1 (the escape would be
        # the last septet of part k) or UTF-16 unit 67k-1 (the high surrogate would be).
        parts = max(parts, 2)
        per = PART_LIMIT[(encoding, 8)]
        k = rng.randint(1, parts - 1)
        prefix = fill(rng, "gsm-plain", per * k - 1, encoding)  # one unit per character
        if encoding == "ucs2":
            prefix = ensure_culprit(rng, prefix, "ucs2-accents")  # still one unit each
            middle = rng.choice(ASTRAL + EMOJI_SEQUENCES[:7])
        else:
            middle = rng.choice(EXTENSION_CHARS)
        rest_units = max(1, target_units(rng, encoding, parts) - per * k - 1)
        text = prefix + middle + fill(rng, kind, rest_units, encoding)
        return kind, text
    text = fill(rng, kind, target_units(rng, encoding, parts), encoding)
    if encoding == "ucs2":
        text = ensure_culprit(rng, text, kind)
    return kind, text


def edge_texts():
    """Fixed cases at the limits; they run whatever the seed."""
    a = "a"
    ua = "\u0103"  # ă, outside GSM 7-bit
    smile = "\U0001F600"
    family = EMOJI_SEQUENCES[0]
    return [
        ("edge", ""),
        ("edge", "@"),
        ("edge", "@" * 161),
        ("edge", "abcdef@"),  # 7 septets: the spare bits of the last octet must not read as '@'
        ("edge", "abcdef\r"),  # ... nor a trailing CR be dropped as padding
        ("edge", a * 160),
        ("edge", a * 161),
        ("edge", a * 158 + "\u20ac"),  # 160 septets with a two-septet character last
        ("edge", a * 159 + "\u20ac"),  # 161 septets
        ("edge", a * 152 + "\u20ac" + "b" * 10),  # the escape would be septet 153 of part 1
        ("edge", a * 153 + "{" + "b" * 10),  # ... or the first septets of part 2
        ("edge", a * 305 + "|" + "b" * 20),  # straddles the end of part 2
        ("edge", a * 153 * 10),
        ("edge", a * (153 * 10 + 1)),
        ("edge", "\u20ac" * 80),
        ("edge", "\u20ac" * 81),
        ("edge", ua * 70),
        ("edge", ua * 71),
        ("edge", ua * 68 + smile),  # 70 units, surrogate pair last
        ("edge", ua * 69 + smile),  # 71 units
        ("edge", ua * 66 + smile + "b" * 5),  # the high surrogate would be unit 67
        ("edge", ua * 133 + smile + "b" * 5),  # ... unit 134, end of part 2
        ("edge", ua * 64 + family + "x"),  # ZWJ family across the part boundary
        ("edge", smile * 35),
        ("edge", smile * 36),
        ("edge", ua * 67 * 10),
        ("edge", ua + "~a~~b~"),  # '~' in UCS-2: gammu's Nokia convention, modelled
        ("edge", "Gr\u00fc\u00dfe aus K\u00f6ln \u2013 \u00e7a va? \u00c7a va!"),
        ("edge", "\u0394\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e \u00a1\u00bf\u00a7"),
    ]


def random_number(rng, allow_alphanumeric=False):
    r = rng.random()
    if allow_alphanumeric and r < 0.2:
        # Letters and digits only: gammu packs (and unpacks) an alphanumeric address as ASCII
        # codes (libgammu/misc/coding/coding.c, GSM_PackSemiOctetNumber) where TS 23.040
        # §9.1.2.5 wants the GSM 7-bit default alphabet; for letters and digits both coincide,
        # for '@' '$' '_' '[' ... they do not ('@' goes out as 0x40, which is '¡'). The first
        # character is a letter other than 'P', so gammu sees a character outside
        # "+0123456789*#pP" and makes the address alphanumeric (TON 5).
        first = rng.choice("ABCDEFGHIJKLMNOQRSTUVWXYZ")
        rest = "".join(rng.choice(LETTERS + DIGITS) for _ in range(rng.randint(0, 10)))
        return first + rest
    if r < 0.6:
        country = rng.choice(["1", "44", "49", "33", "39", "420", "7", "81", "86", "234", "351"])
        digits = "".join(rng.choice(DIGITS) for _ in range(rng.randint(8, 15) - len(country)))
        return "+" + country + digits
    if r < 0.85:
        # Not "00…": gammu reads a leading 00 as the international prefix and writes TON 1.
        return "0" + rng.choice("123456789") + "".join(
            rng.choice(DIGITS) for _ in range(rng.randint(5, 11)))
    return rng.choice("123456789") + "".join(rng.choice(DIGITS) for _ in range(rng.randint(2, 5)))


def random_smsc(rng, allow_empty=True):
    if allow_empty and rng.random() < 0.3:
        return ""
    country = rng.choice(["44", "49", "33", "1"])
    return "+" + country + "".join(rng.choice(DIGITS) for _ in range(rng.randint(8, 10)))


def random_timestamp(rng):
    # gammu reads years 90-99 of TP-SCTS as 2080-2089 (TOOLCHAIN.md); 2000-2089 is what both
    # sides map the same way.
    start = datetime.datetime(2000, 1, 1)
    span = int((datetime.datetime(2089, 12, 31, 23, 59, 59) - start).total_seconds())
    return start + datetime.timedelta(seconds=rng.randint(0, span))


# ---------------------------------------------------------------------------------------------
# PDU helpers (only what is needed to read a few header bits gammu does not expose)
# ---------------------------------------------------------------------------------------------


def submit_header(pdu):
    """First octet and TP-VP octet of an SMS-SUBMIT with its SMSC field (TS 23.040 §9.2.2.2)."""
    i = 1 + pdu[0]
    first = pdu[i]
    i += 2  # first octet, TP-MR
    address_digits = pdu[i]
    i += 2 + (address_digits + 1) // 2  # TP-DA length, type, semi-octets
    i += 2  # TP-PID, TP-DCS
    validity_format = (first >> 3) & 0x03
    vp = pdu[i] if validity_format == 2 else None
    return first, validity_format, vp


def relative_validity_seconds(vp):
    """TS 23.040 §9.2.3.12.1."""
    if vp <= 143:
        return (vp + 1) * 5 * 60
    if vp <= 167:
        return 12 * 3600 + (vp - 143) * 30 * 60
    if vp <= 196:
        return (vp - 166) * 86400
    return (vp - 192) * 7 * 86400


def gammu_part_text(decoded, limitations):
    """The text of one part as gammu decoded it, with python-gammu's 7-bit overrun removed.

    python-gammu builds 'Text' from sms->Length characters (python/gammu/src/convertors/sms.c,
    SMSToPython: UnicodeStringToPythonL(sms->Text, sms->Length)), but for 7-bit data libGammu sets
    Length to the septet count, and an extension character is two septets for one character. Each
    extension character therefore appends one character read past the end of the decoded string
    (NULs or leftovers). Keep the characters that account for exactly Length septets.
    """
    text = decoded["Text"]
    if not decoded["Coding"].startswith("Default"):
        return text
    kept, septets = [], 0
    for ch in text:
        if septets >= decoded["Length"]:
            break
        kept.append(ch)
        septets += 2 if ch in GSM_EXTENSION else 1
    if len(kept) != len(text):
        key = "python-gammu 7-bit Length overrun after extension characters, trimmed (parts)"
        limitations[key] = limitations.get(key, 0) + 1
    return "".join(kept)


# libGammu keeps a Nokia convention in UCS-2 user data (libgammu/misc/coding/coding.c,
# EncodeUnicodeSpecialNOKIAChars / DecodeUnicodeSpecialNOKIAChars, called from the SMS frame
# encoder and decoder): U+0001 makes text blink on some Nokia phones, so on encoding a single '~'
# becomes U+0001 and '~~' becomes '~', and on decoding U+0001 becomes '~' and '~' becomes '~~'.
# TS 23.038 §6.2.3 (UCS2) defines no such mapping: '~' is U+007E on the air interface. The
# functions below model exactly what gammu does, so a '~' in UCS-2 text is compared against
# gammu's view of it instead of reporting gammu's convention as a codec disagreement.
NOKIA_TILDE = "gammu Nokia '~'/U+0001 convention in UCS-2, modelled (parts, both ways)"


def gammu_nokia_encode(text):
    """What gammu.EncodePDU puts on the air for a UCS-2 part whose text is `text`."""
    out, pending = [], False
    for ch in text:
        if pending:
            out.append("~" if ch == "~" else "\x01" + ch)
            pending = False
        elif ch == "~":
            pending = True
        else:
            out.append(ch)
    if pending:
        out.append("\x01")
    return "".join(out)


def gammu_nokia_decode_view(text, length):
    """The 'Text' python-gammu returns for a UCS-2 part that really holds `text`.

    libGammu expands it ('~' -> '~~', U+0001 -> '~'), then python-gammu keeps only the first
    `length` UTF-16 units (sms->Length, the unexpanded count); a surrogate pair whose high half is
    the last unit kept is still read whole.
    """
    expanded = "".join("~~" if ch == "~" else "~" if ch == "\x01" else ch for ch in text)
    data = expanded.encode("utf-16-be", "surrogatepass")
    cut = 2 * length
    if cut >= 2 and cut < len(data) and 0xD8 <= data[cut - 2] <= 0xDB:
        cut += 2
    return data[:cut].decode("utf-16-be", "surrogatepass")


def describe_difference(expected, actual):
    if expected == actual:
        return "equal"
    if not isinstance(expected, str) or not isinstance(actual, str):
        return "expected %r, got %r" % (expected, actual)
    i = 0
    while i < min(len(expected), len(actual)) and expected[i] == actual[i]:
        i += 1
    return ("texts differ at index %d (expected %d chars, got %d): expected %r, got %r"
            % (i, len(expected), len(actual), expected[max(0, i - 5):i + 15],
               actual[max(0, i - 5):i + 15]))


# ---------------------------------------------------------------------------------------------
# Running rapportctl
# ---------------------------------------------------------------------------------------------


class Rapportctl:
    def __init__(self, path, jobs):
        self.path = path
        self.jobs = jobs
        self.calls = 0
        self.env = dict(os.environ)
        self.env.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"})

    def _execute(self, arguments, stdin=None, timeout=30):
        try:
            done = subprocess.run([self.path] + arguments, capture_output=True, env=self.env,
                                  input=stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, None, "rapportctl timed out after %d s" % timeout
        out = done.stdout.decode("utf-8", "surrogateescape")
        err = done.stderr.decode("utf-8", "surrogateescape")
        return done.returncode, out, err

    def _run(self, arguments):
        code, out, err = self._execute(arguments)
        if code is None:
            return None, err
        if code != 0:
            return None, "rapportctl exited with %d: %s" % (code, err.strip())
        try:
            return json.loads(out), None
        except ValueError as error:
            return None, "rapportctl printed no JSON (%s): %r" % (error, out[:200])

    def _decode_chunk(self, hexes):
        """`modem decode - --json`: one JSON line per PDU, errors in place."""
        self.calls += 1
        code, out, err = self._execute(["modem", "decode", "-", "--json"],
                                       stdin=("\n".join(hexes) + "\n").encode("ascii"),
                                       timeout=60 + len(hexes))
        if code is None:
            return [(None, err)] * len(hexes)
        lines = out.splitlines()
        if len(lines) != len(hexes):
            problem = "rapportctl printed %d lines for %d PDUs (exit %d): %s" % (
                len(lines), len(hexes), code, err.strip())
            return [(None, problem)] * len(hexes)
        results = []
        for line in lines:
            try:
                value = json.loads(line)
            except ValueError as error:
                results.append((None, "rapportctl printed no JSON (%s): %r" % (error, line[:200])))
                continue
            if "error" in value and "line" in value:
                results.append((None, "not a valid PDU: " + value["error"]))
            else:
                results.append((value, None))
        return results

    def decode_all(self, hexes):
        """Every PDU decoded, a few rapportctl processes each reading a share from stdin: one
        process per PDU spends most of its time starting up, and a loaded machine multiplies that."""
        size = max(1, -(-len(hexes) // self.jobs))
        chunks = [hexes[i:i + size] for i in range(0, len(hexes), size)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.jobs) as pool:
            return [r for chunk in pool.map(self._decode_chunk, chunks) for r in chunk]

    def run_all(self, argument_lists):
        """Every invocation, in parallel; results in the order given."""
        self.calls += len(argument_lists)
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.jobs) as pool:
            return list(pool.map(self._run, argument_lists))


# ---------------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------------


class Report:
    def __init__(self):
        self.failures = []
        self.limitations = {}
        self.counts = {"texts": 0, "r2g_pdus": 0, "g2r_submit_pdus": 0, "g2r_deliver_pdus": 0,
                       "r2g_texts": 0, "g2r_submit_texts": 0, "g2r_deliver_texts": 0}

    def fail(self, direction, text, pdus, difference):
        self.failures.append((direction, text, list(pdus), difference))


class CaseFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CaseFailure(message)


def rapport_to_gammu(cases, rapportctl, report):
    invocations = []
    for case in cases:
        arguments = ["modem", "encode", case["number"], case["text"], "--json"]
        if case["no_report"]:
            arguments.append("--no-report")
        if case["smsc"]:
            arguments += ["--smsc", case["smsc"]]
        if case["flash"]:
            arguments.append("--flash")
        invocations.append(arguments)
    results = rapportctl.run_all(invocations)

    for case, (encoded, error) in zip(cases, results):
        text = case["text"]
        report.counts["r2g_texts"] += 1
        if error:
            report.fail("Rapport -> gammu", text, [], "rapportctl modem encode: " + error)
            continue
        hexes = [p.get("pdu", "") for p in encoded.get("pdus", [])]
        try:
            _check_rapport_encoding(case, encoded, hexes, report)
        except CaseFailure as failure:
            report.fail("Rapport -> gammu", text, hexes, str(failure))
        except (KeyError, TypeError, IndexError, ValueError) as error:
            report.fail("Rapport -> gammu", text, hexes,
                        "unexpected rapportctl output (%s: %s)" % (type(error).__name__, error))


def _check_rapport_encoding(case, encoded, hexes, report):
    text = case["text"]
    encoding = "gsm7" if is_gsm7(text) else "ucs2"
    expected = expected_parts(text, encoding)
    check(encoded["encoding"] == encoding,
          "Rapport chose %s, the text needs %s" % (encoded["encoding"], encoding))
    check(encoded["parts"] == len(hexes) == len(expected),
          "part count: Rapport says %d with %d PDUs, greedy segmentation needs %d"
          % (encoded["parts"], len(hexes), len(expected)))
    check(encoded["units_per_part"] == [units(p, encoding) for p in expected],
          "units per part: Rapport %r, expected %r"
          % (encoded["units_per_part"], [units(p, encoding) for p in expected]))

    decoded = []
    for index, entry in enumerate(encoded["pdus"]):
        pdu = binascii.unhexlify(entry["pdu"])
        report.counts["r2g_pdus"] += 1
        tpdu_length = len(pdu) - 1 - pdu[0]
        check(entry["tpdu_length"] == tpdu_length and
              entry["at_command"] == "AT+CMGS=%d" % tpdu_length,
              "part %d: tpdu_length %r / %r, the PDU has %d octets after the SMSC field"
              % (index + 1, entry["tpdu_length"], entry["at_command"], tpdu_length))
        try:
            d = gammu.DecodePDU(pdu, True)
        except gammu.GSMError as error:
            raise CaseFailure("part %d: gammu cannot decode it: %s" % (index + 1, error))
        first, _, _ = submit_header(pdu)
        check(d["Type"] == "Submit", "part %d: gammu sees a %s" % (index + 1, d["Type"]))
        check(bool(first & 0x20) == (not case["no_report"]),
              "part %d: TP-SRR is %d, expected %d"
              % (index + 1, bool(first & 0x20), not case["no_report"]))
        check(d["Number"] == case["number"],
              "part %d: destination %r, expected %r" % (index + 1, d["Number"], case["number"]))
        check(d["SMSC"]["Number"] == case["smsc"],
              "part %d: SMSC %r, expected %r" % (index + 1, d["SMSC"]["Number"], case["smsc"]))
        coding = "Default_No_Compression" if encoding == "gsm7" else "Unicode_No_Compression"
        check(d["Coding"] == coding,
              "part %d: gammu reads coding %s, expected %s" % (index + 1, d["Coding"], coding))
        check(d["Class"] == (0 if case["flash"] else -1),
              "part %d: message class %r, expected %r"
              % (index + 1, d["Class"], 0 if case["flash"] else -1))
        check(d["Length"] == encoded["units_per_part"][index],
              "part %d: gammu counts %d units of user data, Rapport reports %d"
              % (index + 1, d["Length"], encoded["units_per_part"][index]))
        decoded.append(d)

    # Join by gammu's view of the concatenation header.
    if len(decoded) == 1:
        check(decoded[0]["UDH"]["Type"] == "NoUDH",
              "single part carries a %s header" % decoded[0]["UDH"]["Type"])
        ordered = decoded
    else:
        udhs = [d["UDH"] for d in decoded]
        check(all(u["Type"] == "ConcatenatedMessages" for u in udhs),
              "header types %r, expected 8-bit concatenation" % [u["Type"] for u in udhs])
        check(len({u["ID8bit"] for u in udhs}) == 1,
              "parts carry different references %r" % [u["ID8bit"] for u in udhs])
        check(all(u["AllParts"] == len(decoded) for u in udhs),
              "total parts %r, expected %d" % ([u["AllParts"] for u in udhs], len(decoded)))
        check([u["PartNumber"] for u in udhs] == list(range(1, len(decoded) + 1)),
              "sequence numbers %r" % [u["PartNumber"] for u in udhs])
        ordered = sorted(decoded, key=lambda d: d["UDH"]["PartNumber"])
    part_texts = [gammu_part_text(d, report.limitations) for d in ordered]
    modelled = encoding == "ucs2" and "~" in text
    for index, (d, got, want) in enumerate(zip(ordered, part_texts, expected)):
        if modelled and "~" in want:
            # gammu shows '~' as '~~' and then loses as many units at the end of the part.
            want = gammu_nokia_decode_view(want, d["Length"])
            report.limitations[NOKIA_TILDE] = report.limitations.get(NOKIA_TILDE, 0) + 1
        check(got == want, "part %d: %s" % (index + 1, describe_difference(want, got)))
    if modelled:
        return  # every part matched gammu's view of it; gammu cannot show the joined text
    joined = "".join(part_texts)
    check(joined == text, "joined text: " + describe_difference(text, joined))

    # gammu's own reassembly must agree too.
    linked = gammu.LinkSMS([[d] for d in decoded])
    check(len(linked) == 1, "gammu LinkSMS makes %d messages of the parts" % len(linked))
    info = gammu.DecodeSMS(linked[0])
    if info is not None:
        buffers = "".join(e["Buffer"] for e in info["Entries"] if isinstance(e.get("Buffer"), str))
        check(buffers == text, "gammu DecodeSMS: " + describe_difference(text, buffers))


def gammu_messages(case):
    """gammu's SMS-SUBMIT parts for the case: EncodeSMS, then our numbers and validity."""
    entry = "ConcatenatedTextLong16bit" if case["reference_bits"] == 16 else "ConcatenatedTextLong"
    messages = gammu.EncodeSMS({"Class": case["class"], "Unicode": case["unicode"],
                                "Entries": [{"ID": entry, "Buffer": case["text"]}]})
    return messages


def gammu_to_rapport(cases, rapportctl, report):
    jobs = []  # (case index, layout, part index, hex)
    for ci, case in enumerate(cases):
        try:
            messages = gammu_messages(case)
        except gammu.GSMError as error:
            report.fail("gammu -> Rapport", case["text"], [], "gammu.EncodeSMS: %s" % error)
            case["messages"] = None
            continue
        case["messages"] = messages
        case["pdus"] = {"Submit": [], "Deliver": []}
        for pi, message in enumerate(messages):
            submit = dict(message)
            submit["Number"] = case["number"]
            submit["SMSC"] = {"Location": 0, "Number": case["smsc"], "Validity": case["validity"]}
            submit["Type"] = "Submit"
            deliver = dict(message)
            deliver["Number"] = case["originator"]
            deliver["SMSC"] = {"Location": 0, "Number": case["deliver_smsc"]}
            deliver["Type"] = "Deliver"
            deliver["DateTime"] = case["timestamp"]
            for layout, sms in (("Submit", submit), ("Deliver", deliver)):
                try:
                    pdu = gammu.EncodePDU(sms, layout)
                except gammu.GSMError as error:
                    report.fail("gammu -> Rapport", case["text"], [],
                                "gammu.EncodePDU(%s) part %d: %s" % (layout, pi + 1, error))
                    continue
                case["pdus"][layout].append(pdu)
                jobs.append((ci, layout, pi, binascii.hexlify(pdu).decode("ascii").upper()))

    results = rapportctl.decode_all([h for _, _, _, h in jobs])
    by_case = {}
    for (ci, layout, pi, hexstr), result in zip(jobs, results):
        by_case.setdefault((ci, layout), []).append((pi, hexstr, result))

    for ci, case in enumerate(cases):
        if not case.get("messages"):
            continue
        for layout in ("Submit", "Deliver"):
            entries = by_case.get((ci, layout), [])
            report.counts["g2r_%s_texts" % layout.lower()] += 1
            report.counts["g2r_%s_pdus" % layout.lower()] += len(entries)
            hexes = [h for _, h, _ in entries]
            try:
                _check_rapport_decoding(case, layout, entries, report)
            except CaseFailure as failure:
                report.fail("gammu -> Rapport (%s)" % layout.upper(), case["text"], hexes,
                            str(failure))
            except (KeyError, TypeError, IndexError, ValueError) as error:
                report.fail("gammu -> Rapport (%s)" % layout.upper(), case["text"], hexes,
                            "unexpected rapportctl output (%s: %s)"
                            % (type(error).__name__, error))


def _check_rapport_decoding(case, layout, entries, report):
    text = case["text"]
    messages = case["messages"]
    check(len(entries) == len(messages),
          "%d of %d parts encoded by gammu" % (len(entries), len(messages)))
    alphabet = "ucs2" if case["unicode"] else "gsm7"
    # gammu's own segmentation first, so a difference there is not blamed on Rapport.
    gammu_parts = [m["Text"] for m in messages]
    check("".join(gammu_parts) == text,
          "gammu.EncodeSMS parts do not join to the text: "
          + describe_difference(text, "".join(gammu_parts)))
    if layout == "Submit" and len(gammu_parts) != len(
            expected_parts(text, alphabet, case["reference_bits"])):
        # gammu sometimes ends a UCS-2 part early (it keeps a flag's two regional indicators
        # together, for one); TS 23.040 §9.2.3.24.1 does not require parts to be filled, so this
        # is only counted. Rapport must still read each of gammu's parts as it is.
        key = "gammu ends UCS-2 parts early, more parts than greedy (allowed; texts)"
        report.limitations[key] = report.limitations.get(key, 0) + 1
    on_air = list(gammu_parts)
    if alphabet == "ucs2" and "~" in text:
        on_air = [gammu_nokia_encode(p) for p in gammu_parts]
        if layout == "Submit":
            report.limitations[NOKIA_TILDE] = report.limitations.get(NOKIA_TILDE, 0) + len(
                [p for p in gammu_parts if "~" in p])
    parts = []
    for pi, hexstr, (decoded, error) in entries:
        where = "part %d" % (pi + 1)
        check(error is None, "%s: rapportctl modem decode: %s" % (where, error))
        message = messages[pi]
        dcs = decoded["tp_dcs"]
        check(dcs["alphabet"] == alphabet,
              "%s: Rapport reads alphabet %s, gammu wrote %s" % (where, dcs["alphabet"], alphabet))
        want_class = None if case["class"] < 0 else case["class"]
        check(dcs.get("class") == want_class,
              "%s: message class %r, gammu wrote %r" % (where, dcs.get("class"), want_class))
        smsc = case["smsc"] if layout == "Submit" else case["deliver_smsc"]
        check(decoded.get("smsc", {}).get("value") == smsc,
              "%s: SMSC %r, expected %r" % (where, decoded.get("smsc", {}).get("value"), smsc))
        if layout == "Submit":
            check(decoded["type"] == "SMS-SUBMIT", "%s: type %s" % (where, decoded["type"]))
            address = decoded["destination"]
            check(address["value"] == case["number"],
                  "%s: destination %r, expected %r" % (where, address["value"], case["number"]))
            check(address["ton"] == (1 if case["number"].startswith("+") else 0),
                  "%s: destination TON %r" % (where, address["ton"]))
            _, validity_format, vp = submit_header(binascii.unhexlify(hexstr))
            if validity_format == 2:
                seconds = decoded["tp_vp"].get("seconds")
                check(seconds == relative_validity_seconds(vp),
                      "%s: TP-VP 0x%02X read as %r s, TS 23.040 §9.2.3.12.1 gives %d s"
                      % (where, vp, seconds, relative_validity_seconds(vp)))
        else:
            check(decoded["type"] == "SMS-DELIVER", "%s: type %s" % (where, decoded["type"]))
            address = decoded["originator"]
            check(address["value"] == case["originator"],
                  "%s: originator %r, expected %r" % (where, address["value"], case["originator"]))
            alphanumeric = not all(c in "+0123456789" for c in case["originator"])
            check(address["alphanumeric"] == alphanumeric and
                  address["ton"] == (5 if alphanumeric else
                                     1 if case["originator"].startswith("+") else 0),
                  "%s: originator type ton=%r alphanumeric=%r" % (where, address["ton"],
                                                                 address["alphanumeric"]))
            # python-gammu ignores tzinfo and writes time zone 00.
            want = case["timestamp"].replace(tzinfo=datetime.timezone.utc)
            got_text = decoded.get("tp_scts")
            try:
                got = datetime.datetime.fromisoformat(got_text.replace("Z", "+00:00"))
            except (AttributeError, ValueError):
                got = None
            check(got == want and got.utcoffset() == datetime.timedelta(0),
                  "%s: TP-SCTS %r, expected %s" % (where, got_text, want.isoformat()))

        user_data = decoded["user_data"]
        concatenation = (user_data.get("header") or {}).get("concatenation")
        udh = message["UDH"]
        if len(messages) == 1:
            check(concatenation is None,
                  "%s: single part but Rapport sees concatenation %r" % (where, concatenation))
            sequence = 1
        else:
            check(concatenation is not None, "%s: Rapport sees no concatenation header" % where)
            bits = 16 if udh["Type"] == "ConcatenatedMessages16bit" else 8
            reference = udh["ID16bit"] if bits == 16 else udh["ID8bit"]
            got = (concatenation["reference"], concatenation["reference_bits"],
                   concatenation["total"], concatenation["sequence"])
            want = (reference, bits, udh["AllParts"], udh["PartNumber"])
            check(got == want,
                  "%s: concatenation (reference, bits, total, sequence) %r, gammu wrote %r"
                  % (where, got, want))
            sequence = concatenation["sequence"]
        part_text = user_data.get("text")
        check(part_text == on_air[pi],
              "%s: %s" % (where, describe_difference(on_air[pi], part_text)))
        parts.append((sequence, part_text))

    parts.sort(key=lambda p: p[0])
    check([s for s, _ in parts] == list(range(1, len(parts) + 1)),
          "sequence numbers %r" % [s for s, _ in parts])
    joined = "".join(t for _, t in parts)
    check(joined == "".join(on_air), "joined text: " + describe_difference("".join(on_air), joined))


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def default_rapportctl():
    build = os.environ.get("RAPPORT_BUILD_DIR")
    if build:
        return str(pathlib.Path(build) / "bin" / "rapportctl")
    root = pathlib.Path(__file__).resolve().parents[3]
    return str(root / "build" / "default" / "bin" / "rapportctl")


def make_cases(seed, count):
    rng = random.Random(seed)
    texts = edge_texts() + [random_text(rng, i) for i in range(count)]
    cases = []
    for kind, text in texts:
        gsm = is_gsm7(text)
        reference_bits = 16 if rng.random() < 0.3 else 8
        cases.append({
            "kind": kind,
            "text": text,
            "number": random_number(rng),
            "smsc": random_smsc(rng),
            "no_report": rng.random() < 0.3,
            "flash": rng.random() < 0.1,
            # gammu side: UCS-2 when needed, and now and then for GSM-7 text too (still legal).
            "unicode": (not gsm) or rng.random() < 0.15,
            "reference_bits": reference_bits,
            "class": rng.choice([-1, -1, -1, -1, 0, 1, 2, 3]),
            "validity": rng.choice(["Max", "5M", "60M", "12H", "13H", "1D", "2D", "30D", "1W"]),
            "originator": random_number(rng, allow_alphanumeric=True),
            "deliver_smsc": random_smsc(rng, allow_empty=False),
            "timestamp": random_timestamp(rng),
        })
    return cases


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--count", type=int, default=200, help="random texts (edge cases extra)")
    parser.add_argument("--rapportctl", default=default_rapportctl())
    parser.add_argument("--jobs", type=int, default=max(2, 2 * (os.cpu_count() or 1)),
                        help="rapportctl processes run at once")
    parser.add_argument("--show", type=int, default=50, help="failures printed in full")
    args = parser.parse_args()

    if not os.access(args.rapportctl, os.X_OK):
        sys.stderr.write("gammu_crosscheck: no rapportctl at %s; build it with "
                         "`cmake --build build/default --target rapportctl` or pass --rapportctl.\n"
                         % args.rapportctl)
        return 2

    started = time.monotonic()
    cases = make_cases(args.seed, args.count)
    rapportctl = Rapportctl(args.rapportctl, args.jobs)
    report = Report()
    report.counts["texts"] = len(cases)
    rapport_to_gammu(cases, rapportctl, report)
    gammu_to_rapport(cases, rapportctl, report)
    elapsed = time.monotonic() - started

    kinds = {}
    for case in cases:
        key = (case["kind"], "gsm7" if is_gsm7(case["text"]) else "ucs2")
        parts = len(expected_parts(case["text"], key[1]))
        low, high, n = kinds.get(key, (parts, parts, 0))
        kinds[key] = (min(low, parts), max(high, parts), n + 1)

    c = report.counts
    failed_texts = {}
    for direction, _, _, _ in report.failures:
        failed_texts[direction] = failed_texts.get(direction, 0) + 1
    print("gammu_crosscheck: seed %d, %d texts (%d fixed edge cases + %d random), gammu %s"
          % (args.seed, c["texts"], c["texts"] - args.count, args.count,
             "/".join(gammu.Version())))
    for (kind, encoding), (low, high, n) in sorted(kinds.items()):
        print("  %-22s %-4s %4d texts, %d-%d parts" % (kind, encoding, n, low, high))
    print("Rapport -> gammu: %d texts, %d PDUs decoded by gammu, %d failing texts"
          % (c["r2g_texts"], c["r2g_pdus"], failed_texts.get("Rapport -> gammu", 0)))
    print("gammu -> Rapport: SMS-SUBMIT %d texts / %d PDUs, SMS-DELIVER %d texts / %d PDUs "
          "decoded by rapportctl, %d + %d failing texts"
          % (c["g2r_submit_texts"], c["g2r_submit_pdus"], c["g2r_deliver_texts"],
             c["g2r_deliver_pdus"], failed_texts.get("gammu -> Rapport (SUBMIT)", 0),
             failed_texts.get("gammu -> Rapport (DELIVER)", 0)
             + failed_texts.get("gammu -> Rapport", 0)))
    for name, n in sorted(report.limitations.items()):
        print("normalised gammu limitation: %s: %d" % (name, n))
    print("%d rapportctl runs, %.1f s" % (rapportctl.calls, elapsed))

    for number, (direction, text, pdus, difference) in enumerate(report.failures[:args.show], 1):
        print("\nFAILURE %d [%s]\n  text: %r\n  difference: %s" % (number, direction, text,
                                                                  difference))
        for pi, pdu in enumerate(pdus):
            print("  pdu %d: %s" % (pi + 1, pdu))
    if len(report.failures) > args.show:
        print("\n... and %d more failures (--show N prints more)"
              % (len(report.failures) - args.show))
    print("\n%s: %d failures" % ("FAILED" if report.failures else "PASSED", len(report.failures)))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
