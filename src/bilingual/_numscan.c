/* The numbers check's fast path: reads the numbers of a unit as numbers.py
 * does and says whether both sides agree.
 *
 * numbers.py is the definition: its regular expressions and the rules after
 * them. This file follows them step by step, backtracking included, so that
 * a unit whose numbers agree costs a few microseconds instead of thirty. It
 * only ever answers "they agree" when the Python reading would find nothing
 * to report; when they differ, or when a text holds something this file does
 * not read itself (a decimal digit outside ASCII, a very long number), it
 * answers "cannot tell" and the Python code reads the unit and words the
 * findings. Hypothesis tests (tests/test_numscan.py) hold the two readings
 * equal on random texts made of the vocabulary below.
 *
 * The texts are given as the check prepares them: width folded, dates
 * blanked out, and for English also lower-cased.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <string.h>
#include <uchar.h>

enum { COUNT, PERCENT, POINTS, ORDINAL, YEAR };
enum { EXACT, MORE, LESS, ABOUT };
static const char *KIND_NAMES[] = {"count", "percent", "points", "ordinal", "year"};
static const char *APPROX_NAMES[] = {"", "more", "less", "about"};

typedef struct {
    double value;
    int kind, approx, strict;
} Num;

/* A unit with more numbers than this goes to the Python reading. */
#define MAX_NUMS 256
typedef struct {
    Num items[MAX_NUMS];
    int len;
} Nums;

/* What a reader returns besides the numbers. */
enum { READ_OK = 0, READ_UNSURE = 1, READ_ERROR = -1, NOT_A_NUMBER = 2 };

typedef struct {
    const void *data;
    int kind;
    Py_ssize_t n;
} Text;

static int text_of(PyObject *s, Text *t) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "expected str");
        return -1;
    }
    if (PyUnicode_READY(s) < 0) return -1; /* a no-op from Python 3.12 */
    t->data = PyUnicode_DATA(s);
    t->kind = PyUnicode_KIND(s);
    t->n = PyUnicode_GET_LENGTH(s);
    return 0;
}

/* The character at i, or 0 outside the text. The Chinese pattern runs over
 * the text padded with NULs in front, and neither pattern treats a NUL
 * differently from the end of the text, so 0 stands for both. */
static inline Py_UCS4 at(const Text *t, Py_ssize_t i) {
    return (i >= 0 && i < t->n) ? PyUnicode_READ(t->kind, t->data, i) : 0;
}

/* \d, \w and \s as Python's re module defines them for str patterns. */
static inline int is_decimal(Py_UCS4 c) {
    return c < 128 ? (c >= '0' && c <= '9') : Py_UNICODE_ISDECIMAL(c);
}
static inline int is_word(Py_UCS4 c) {
    if (c < 128)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '_';
    return Py_UNICODE_ISALNUM(c);
}
static inline int is_alnum(Py_UCS4 c) { return c != '_' && is_word(c); }
static inline int is_space(Py_UCS4 c) { return Py_UNICODE_ISSPACE(c); }
static inline int is_ascii_letter(Py_UCS4 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int starts_with(const Text *t, Py_ssize_t i, const char *ascii) {
    for (Py_ssize_t k = 0; ascii[k]; k++)
        if (at(t, i + k) != (Py_UCS4)(unsigned char)ascii[k]) return 0;
    return 1;
}
static int starts_with32(const Text *t, Py_ssize_t i, const char32_t *s) {
    for (Py_ssize_t k = 0; s[k]; k++)
        if (at(t, i + k) != s[k]) return 0;
    return 1;
}
static int equals(const Text *t, Py_ssize_t start, Py_ssize_t end, const char *ascii) {
    return (Py_ssize_t)strlen(ascii) == end - start && starts_with(t, start, ascii);
}
static int in32(Py_UCS4 c, const char32_t *set) {
    if (!c) return 0;
    for (; *set; set++)
        if (*set == c) return 1;
    return 0;
}

/* An ASCII decimal string as Python's float() reads it (correctly rounded). */
static int to_double(const char *buf, double *out) {
    *out = PyOS_string_to_double(buf, NULL, NULL);
    return (*out == -1.0 && PyErr_Occurred()) ? READ_ERROR : READ_OK;
}

/* A decimal string (ASCII digits, '.', ',' skipped) as Python's float() reads it. */
static int parse_decimal(const Text *t, Py_ssize_t start, Py_ssize_t end, double *out) {
    char buf[64];
    Py_ssize_t k = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = at(t, i);
        if (c == ',') continue;
        if (c >= 128 || k >= (Py_ssize_t)sizeof buf - 1) return READ_UNSURE;
        buf[k++] = (char)c;
    }
    buf[k] = 0;
    return to_double(buf, out);
}

static int push(Nums *nums, double value, int kind, int approx, int strict) {
    if (nums->len >= MAX_NUMS) return READ_UNSURE;
    nums->items[nums->len++] = (Num){value, kind, approx, strict};
    return READ_OK;
}

/* --- Chinese ----------------------------------------------------------------- */

static const char32_t ZH_NUMERAL[] = U"零〇一二两三四五六七八九十百千万亿";
static const char32_t ZH_MEASURES[] =
    U"个项位名人家户次年月日天岁元亿万件条座所只种批份篇部台辆米吨倍亩公里期届";
static const char32_t NOT_A_YEAR_AFTER[] = U"代级轻纪龄头底初中终度限";

static int zh_digit(Py_UCS4 c) {
    switch (c) {
        case U'零': case U'〇': return 0;
        case U'一': return 1;
        case U'二': case U'两': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}
static int zh_unit(Py_UCS4 c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; }
static double zh_big(Py_UCS4 c) { return c == U'万' ? 1e4 : c == U'亿' ? 1e8 : 0; }
static inline int zh_blocks(Py_UCS4 c) { return is_ascii_letter(c) || is_decimal(c); }

/* Both languages read digits as \d+(?:,\d{3})*(?:\.\d+)?, greedily: where the
 * digits and ",ddd" groups starting at i end, and how many groups they took. */
static Py_ssize_t digit_groups(const Text *t, Py_ssize_t i, int *groups) {
    Py_ssize_t p = i;
    while (is_decimal(at(t, p))) p++;
    *groups = 0;
    while (at(t, p) == ',' && is_decimal(at(t, p + 1)) && is_decimal(at(t, p + 2)) &&
           is_decimal(at(t, p + 3))) {
        p += 4;
        (*groups)++;
    }
    return p;
}

/* Where the decimals (\.\d+) at p end, or -1 when there are none. */
static Py_ssize_t decimals_end(const Text *t, Py_ssize_t p) {
    if (at(t, p) != '.' || !is_decimal(at(t, p + 1))) return -1;
    Py_ssize_t q = p + 1;
    while (is_decimal(at(t, q))) q++;
    return q;
}

/* End of the digits alternative at i (the digits, then (?![A-Za-z\d])), or
 * -1: the first end the engine's backtracking accepts. */
static Py_ssize_t zh_digits_end(const Text *t, Py_ssize_t i) {
    int groups;
    Py_ssize_t p = digit_groups(t, i, &groups), q = decimals_end(t, p);
    if (q >= 0) return zh_blocks(at(t, q)) ? p : q; /* without the decimals, '.' follows */
    if (!zh_blocks(at(t, p))) return p;
    return groups ? p - 4 : -1; /* one group fewer: ',' follows */
}

/* End of the numerals alternative at i ([N]+(?:点[N]+)? then the same lookahead). */
static Py_ssize_t zh_numeral_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t p = i;
    while (in32(at(t, p), ZH_NUMERAL)) p++;
    if (at(t, p) == U'点' && in32(at(t, p + 1), ZH_NUMERAL)) {
        Py_ssize_t q = p + 1;
        while (in32(at(t, q), ZH_NUMERAL)) q++;
        if (!zh_blocks(at(t, q))) return q;
        return q - (p + 1) >= 2 ? q - 1 : p; /* a numeral or 点 follows either way */
    }
    if (!zh_blocks(at(t, p))) return p;
    return p - i >= 2 ? p - 1 : -1;
}

/* _zh_numeral: READ_OK with *out set, NOT_A_NUMBER, READ_UNSURE or READ_ERROR. */
static int zh_numeral_value(const Text *t, Py_ssize_t s, Py_ssize_t e, double *out) {
    Py_UCS4 first = at(t, s);
    if (first == U'百' || first == U'千' || first == U'万' || first == U'亿') return NOT_A_NUMBER;
    int digit_run = 1, zero = 0;
    for (Py_ssize_t i = s; i < e; i++) {
        Py_UCS4 c = at(t, i);
        if (zh_digit(c) < 0 || c == U'两') digit_run = 0;
        if (c == U'〇' || c == U'零') zero = 1;
    }
    if (digit_run && (e - s > 2 || zero)) {
        char buf[64];
        if (e - s >= (Py_ssize_t)sizeof buf) return READ_UNSURE;
        for (Py_ssize_t i = s; i < e; i++) buf[i - s] = (char)('0' + zh_digit(at(t, i)));
        buf[e - s] = 0;
        return to_double(buf, out);
    }
    double total = 0.0, section = 0.0;
    int digit = -1;
    for (Py_ssize_t i = s; i < e; i++) {
        Py_UCS4 c = at(t, i);
        int unit;
        double big;
        if (zh_digit(c) >= 0) {
            digit = zh_digit(c);
        } else if ((unit = zh_unit(c))) {
            section += (double)((digit >= 0 ? digit : 1) * unit);
            digit = -1;
        } else if ((big = zh_big(c))) {
            total = (total + section + (double)(digit > 0 ? digit : 0)) * big;
            section = 0.0;
            digit = -1;
        } else {
            return NOT_A_NUMBER;
        }
    }
    *out = total + section + (double)(digit > 0 ? digit : 0);
    return READ_OK;
}

/* _value for a run of numerals, perhaps with 点. */
static int zh_value(const Text *t, Py_ssize_t s, Py_ssize_t e, double *out) {
    Py_ssize_t dot = -1;
    for (Py_ssize_t i = s; i < e; i++)
        if (at(t, i) == U'点') dot = i;
    if (dot < 0) return zh_numeral_value(t, s, e, out);
    double whole;
    int r = zh_numeral_value(t, s, dot, &whole);
    if (r != READ_OK) return r;
    char buf[96];
    if (whole >= 1e15) return READ_UNSURE;
    int k = snprintf(buf, 40, "%.0f.", whole);
    int digits = 0;
    for (Py_ssize_t i = dot + 1; i < e; i++) {
        int d = zh_digit(at(t, i));
        if (d < 0) continue;
        if (k >= (int)sizeof buf - 1) return READ_UNSURE;
        buf[k++] = (char)('0' + d);
        digits++;
    }
    if (!digits) return NOT_A_NUMBER;
    buf[k] = 0;
    return to_double(buf, out);
}

/* _zh_numbers in numbers.py. */
static int zh_read(const Text *t, Nums *out) {
    Py_ssize_t i = 0;
    while (i < t->n) {
        Py_UCS4 c = at(t, i);
        Py_UCS4 prev = at(t, i - 1);
        Py_ssize_t e = -1;
        int digits = is_decimal(c);
        if (!(is_ascii_letter(prev) || is_decimal(prev) || prev == '.')) {
            if (digits)
                e = zh_digits_end(t, i);
            else if (in32(c, ZH_NUMERAL))
                e = zh_numeral_end(t, i);
        }
        if (e < 0) {
            i++;
            continue;
        }
        Py_ssize_t p = e;
        int bigs = 0;
        while (zh_big(at(t, p + bigs))) bigs++;
        p += bigs;
        int more = at(t, p) == U'多' || at(t, p) == U'余';
        p += more;
        enum { NONE, PCT, PTS, NIAN, BEI } post = NONE;
        if (at(t, p) == '%') {
            post = PCT, p++;
        } else if (starts_with32(t, p, U"个百分点")) {
            post = PTS, p += 4;
        } else if (at(t, p) == U'年' && !in32(at(t, p + 1), NOT_A_YEAR_AFTER)) {
            post = NIAN, p++;
        } else if (at(t, p) == U'倍') {
            post = BEI, p++;
        }
        int congress = post == NONE && (at(t, p) == U'大' || at(t, p) == U'届');
        Py_UCS4 after = at(t, p);
        Py_ssize_t start = i;
        i = p; /* the next search starts after the match */

        int pre = 0; /* 3 for 百分之, 1 for 第 */
        if (starts_with32(t, start - 3, U"百分之"))
            pre = 3;
        else if (at(t, start - 1) == U'第')
            pre = 1;
        int len = (int)(e - start);
        int bare = !digits && !(pre || bigs || more || post || congress);
        int two = len == 1 && (c == U'两' || c == U'二');
        if (bare && len == 1 && c == U'一') continue;
        int soft = bare && (two || !in32(after, ZH_MEASURES));
        if (soft && !two) continue;
        double value;
        int r = digits ? parse_decimal(t, start, e, &value) : zh_value(t, start, e, &value);
        if (r == NOT_A_NUMBER) continue;
        if (r != READ_OK) return r;
        if (!bigs && len <= 3 && in32(c, U"十一二三四五六七八")) {
            /* 十?([一-八])([二-九]) with consecutive digits: a range, read as both ends */
            Py_ssize_t s = start + (c == U'十');
            int a = zh_digit(at(t, s)), b = zh_digit(at(t, s + 1));
            int tens = c == U'十' ? 10 : 0;
            if (s + 2 == e && in32(at(t, s), U"一二三四五六七八") &&
                in32(at(t, s + 1), U"二三四五六七八九") && b == a + 1) {
                if ((r = push(out, (double)(tens + a), COUNT, EXACT, 1))) return r;
                value = (double)(tens + b);
            }
        }
        for (Py_ssize_t k = e; k < e + bigs; k++) value *= zh_big(at(t, k)); /* one by one */
        int kind = COUNT;
        if (pre == 1 || congress) {
            kind = ORDINAL;
        } else if (pre == 3 || post == PCT) {
            kind = PERCENT;
        } else if (post == PTS) {
            kind = POINTS;
        } else if (post == NIAN && value >= 1000 && value <= 2999) {
            int point = 0;
            for (Py_ssize_t k = start; k < e; k++) point |= at(t, k) == '.';
            if (!point) kind = YEAR;
        }
        int approx = more ? MORE : EXACT;
        if (!approx) {
            Py_ssize_t q = start - pre; /* the two characters before 第 or 百分之 */
            Py_UCS4 a = at(t, q - 2), b = at(t, q - 1);
            if ((a == U'将' || a == U'接') && b == U'近')
                approx = LESS;
            else if ((a == U'超' && b == U'过') || (a == U'突' && b == U'破'))
                approx = MORE;
            else if (a == U'大' && b == U'约')
                approx = ABOUT;
            else if (b == U'近')
                approx = LESS;
            else if (b == U'超' || b == U'逾')
                approx = MORE;
            else if (b == U'约')
                approx = ABOUT;
        }
        if ((r = push(out, value, kind, approx, !soft))) return r;
    }
    /* 每万人 "per 10,000 people": 每([十百千万亿]) anywhere */
    for (Py_ssize_t k = 0; k + 1 < t->n; k++) {
        if (at(t, k) != U'每') continue;
        Py_UCS4 m = at(t, k + 1);
        double v = zh_big(m) ? zh_big(m) : (double)zh_unit(m);
        if (v) {
            int r = push(out, v, COUNT, EXACT, 0);
            if (r) return r;
            k++; /* finditer goes on after the match */
        }
    }
    return READ_OK;
}

/* --- English ----------------------------------------------------------------- */

/* _WORDS: longest first, as the alternation tries them. */
static const char *WORDS[] = {
    "seventeen", "thirteen", "fourteen", "eighteen", "nineteen", "fifteen", "sixteen",
    "seventy", "eleven", "twelve", "twenty", "thirty", "eighty", "ninety", "three", "seven",
    "eight", "forty", "fifty", "sixty", "zero", "four", "five", "nine", "one", "two", "six",
    "ten", NULL};
static const char *UNITS[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", NULL};
static const char *TENS[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                             "eighty", "ninety", NULL};
static const char *ORDINALS[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", NULL};
static const char *SCALES[] = {" hundred", " thousand", " million", " billion", " trillion", NULL};
static const double SCALE_VALUES[] = {1e2, 1e3, 1e6, 1e9, 1e12};

static inline int boundary(const Text *t, Py_ssize_t p) {
    return is_word(at(t, p - 1)) != is_word(at(t, p));
}

/* (?:-(?:WORD))? then \b, after a third word ending at s. */
static Py_ssize_t words_tail4(const Text *t, Py_ssize_t s) {
    if (at(t, s) == '-')
        for (const char **w = WORDS; *w; w++)
            if (starts_with(t, s + 1, *w) && boundary(t, s + 1 + (Py_ssize_t)strlen(*w)))
                return s + 1 + (Py_ssize_t)strlen(*w);
    return boundary(t, s) ? s : -1;
}

/* (?: (?:WORD)(?:-(?:WORD))?)? then \b, after " hundred" or " hundred and". */
static Py_ssize_t words_tail3(const Text *t, Py_ssize_t q) {
    if (at(t, q) == ' ')
        for (const char **w = WORDS; *w; w++)
            if (starts_with(t, q + 1, *w)) {
                Py_ssize_t e = words_tail4(t, q + 1 + (Py_ssize_t)strlen(*w));
                if (e >= 0) return e;
            }
    return boundary(t, q) ? q : -1;
}

/* (?: hundred(?: and)?(?: WORD(?:-WORD)?)?)? then \b. */
static Py_ssize_t words_hundred(const Text *t, Py_ssize_t p) {
    if (starts_with(t, p, " hundred")) {
        Py_ssize_t q = p + 8, e;
        if (starts_with(t, q, " and") && (e = words_tail3(t, q + 4)) >= 0) return e;
        if ((e = words_tail3(t, q)) >= 0) return e;
    }
    return boundary(t, p) ? p : -1;
}

/* The words alternative at i, then \b: its end, or -1. */
static Py_ssize_t words_end(const Text *t, Py_ssize_t i) {
    for (const char **w1 = WORDS; *w1; w1++) {
        if (!starts_with(t, i, *w1)) continue;
        Py_ssize_t p = i + (Py_ssize_t)strlen(*w1), e;
        if (at(t, p) == '-' || at(t, p) == ' ')
            for (const char **w2 = WORDS; *w2; w2++)
                if (starts_with(t, p + 1, *w2) &&
                    (e = words_hundred(t, p + 1 + (Py_ssize_t)strlen(*w2))) >= 0)
                    return e;
        if ((e = words_hundred(t, p)) >= 0) return e;
    }
    return -1;
}

static int index_of(const Text *t, Py_ssize_t s, Py_ssize_t e, const char **list) {
    for (int k = 0; list[k]; k++)
        if (equals(t, s, e, list[k])) return k;
    return -1;
}

/* _en_words: the words split at '-' and ' ', "hundred" multiplying. */
static double words_value(const Text *t, Py_ssize_t s, Py_ssize_t e) {
    double total = 0.0, current = 0.0;
    Py_ssize_t k = s;
    while (k <= e) {
        Py_ssize_t j = k;
        while (j < e && at(t, j) != '-' && at(t, j) != ' ') j++;
        int v;
        if ((v = index_of(t, k, j, UNITS)) >= 0)
            current += v;
        else if ((v = index_of(t, k, j, TENS)) >= 0)
            current += 10 * (v + 2);
        else if (equals(t, k, j, "hundred"))
            current *= 100;
        k = j + 1;
    }
    return total + current;
}

static inline int has_suffix(const Text *t, Py_ssize_t p) {
    Py_UCS4 a = at(t, p), b = at(t, p + 1);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
           (a == 't' && b == 'h');
}

/* The digits alternative at i (the digits, an optional st/nd/rd/th), then \b:
 * its end, or -1. */
static Py_ssize_t digits_end(const Text *t, Py_ssize_t i, int *suffix) {
    int groups;
    Py_ssize_t p = digit_groups(t, i, &groups), q = decimals_end(t, p);
    if (q >= 0) {
        if (has_suffix(t, q) && !is_word(at(t, q + 2))) return *suffix = 1, q + 2;
        if (!is_word(at(t, q))) return q;
    }
    if (has_suffix(t, p) && !is_word(at(t, p + 2))) return *suffix = 1, p + 2;
    if (!is_word(at(t, p))) return p;
    return groups ? p - 4 : -1;
}

/* _qualifier: the approximation word in lowered[lo:hi]. */
static int qualifier(const Text *t, Py_ssize_t lo, Py_ssize_t hi) {
    static const char32_t *currencies[] = {U"rmb", U"us$", U"hk$", U"$", U"¥", U"€", U"£", NULL};
    while (hi > lo && is_space(at(t, hi - 1))) hi--;
    for (const char32_t **c = currencies; *c; c++) {
        Py_ssize_t len = 0;
        while ((*c)[len]) len++;
        if (hi - len >= lo && starts_with32(t, hi - len, *c)) {
            hi -= len;
            while (hi > lo && is_space(at(t, hi - 1))) hi--;
            break;
        }
    }
    Py_ssize_t s1 = hi;
    while (s1 > lo && !is_space(at(t, s1 - 1))) s1--;
    if (s1 == hi) return EXACT;
    Py_ssize_t e0 = s1;
    while (e0 > lo && is_space(at(t, e0 - 1))) e0--;
    Py_ssize_t s0 = e0;
    while (s0 > lo && !is_space(at(t, s0 - 1))) s0--;
    if (s0 < e0) {
        if (equals(t, s0, e0, "more") && equals(t, s1, hi, "than")) return MORE;
        if (equals(t, s0, e0, "less") && equals(t, s1, hi, "than")) return LESS;
        if (equals(t, s0, e0, "up") && equals(t, s1, hi, "to")) return LESS;
    }
    static const char *more[] = {"over", "exceeded", "exceeding", "exceeds", "surpassed",
                                 "topped", NULL};
    static const char *less[] = {"nearly", "almost", "under", NULL};
    static const char *about[] = {"about", "around", "approximately", "some", NULL};
    if (index_of(t, s1, hi, more) >= 0) return MORE;
    if (index_of(t, s1, hi, less) >= 0) return LESS;
    if (index_of(t, s1, hi, about) >= 0) return ABOUT;
    return EXACT;
}

/* _en_numbers in numbers.py: ``low`` is matched, ``text`` decides what is inside a word. */
static int en_read(const Text *text, const Text *low, Nums *out) {
    Py_ssize_t i = 0;
    while (i < low->n) {
        Py_UCS4 c = at(low, i);
        if (!((c >= '0' && c <= '9') || (c && c < 128 && strchr("zotfsen", (int)c))) ||
            is_word(at(low, i - 1))) {
            i++;
            continue;
        }
        int digits = c <= '9', suffix = 0, ordinal = -1;
        Py_ssize_t e = digits ? digits_end(low, i, &suffix) : words_end(low, i);
        if (e < 0 && !digits) {
            for (int k = 0; ORDINALS[k]; k++) {
                Py_ssize_t end = i + (Py_ssize_t)strlen(ORDINALS[k]);
                if (starts_with(low, i, ORDINALS[k]) && boundary(low, end)) {
                    e = end, ordinal = k + 1;
                    break;
                }
            }
        }
        if (e < 0) {
            i++;
            continue;
        }
        Py_ssize_t p = e;
        int scales[16], nscales = 0;
        for (int matched = 1; matched;) {
            matched = 0;
            for (int k = 0; SCALES[k]; k++)
                if (starts_with(low, p, SCALES[k])) {
                    if (nscales == 16) return READ_UNSURE;
                    p += (Py_ssize_t)strlen(SCALES[k]);
                    scales[nscales++] = k;
                    matched = 1;
                    break;
                }
        }
        int post = 0; /* PERCENT or POINTS */
        if (at(low, p) == '%') {
            post = PERCENT, p += 1;
        } else if (starts_with(low, p, " percentage points")) {
            post = POINTS, p += 18;
        } else if (starts_with(low, p, " percentage point")) {
            post = POINTS, p += 17;
        } else if (starts_with(low, p, " percent")) {
            post = PERCENT, p += 8;
        } else if (starts_with(low, p, " per cent")) {
            post = PERCENT, p += 9;
        }
        Py_ssize_t start = i;
        i = p;
        if (start && is_alnum(at(text, start - 1))) continue; /* inside a word or 123N+ */
        double value;
        int r;
        if (digits) {
            if ((r = parse_decimal(low, start, e - 2 * suffix, &value))) return r;
        } else if (ordinal > 0) {
            value = ordinal;
        } else {
            value = words_value(low, start, e);
        }
        int kind = COUNT;
        if (suffix || ordinal > 0) {
            kind = ORDINAL;
        } else if (post) {
            kind = post;
        } else if (digits && e - start == 4) {
            int plain = 1;
            for (Py_ssize_t k = start; k < e; k++) plain &= is_decimal(at(low, k));
            Py_UCS4 a = at(low, start), b = at(low, start + 1);
            if (plain && (a == '1' || (a == '2' && b == '0'))) kind = YEAR;
        }
        for (int k = 0; k < nscales; k++) value *= SCALE_VALUES[scales[k]]; /* one by one */
        Py_ssize_t lo = start - 24 > 0 ? start - 24 : 0;
        if ((r = push(out, value, kind, qualifier(low, lo, start), 1))) return r;
    }
    return READ_OK;
}

/* --- the comparison ---------------------------------------------------------- */

static PyObject *round_fn;

/* round(value, 6), the key's value. */
static int key_value(double v, double *out) {
    if (v == floor(v) || !isfinite(v)) {
        *out = v;
        return 0;
    }
    PyObject *r = PyObject_CallFunction(round_fn, "di", v, 6);
    if (!r) return -1;
    *out = PyFloat_AsDouble(r);
    Py_DECREF(r);
    return 0;
}

typedef struct {
    double value;
    int kind; /* a year compares as a count */
    int approx, strict;
} Key;

static int keys_of(const Nums *nums, Key *keys, int *len) {
    *len = 0;
    for (int k = 0; k < nums->len; k++) {
        const Num *n = &nums->items[k];
        if (n->value == 1.0) continue; /* mostly an article or "first": no signal */
        Key *key = &keys[(*len)++];
        if (key_value(n->value, &key->value)) return -1;
        key->kind = n->kind == YEAR ? COUNT : n->kind;
        key->approx = n->approx;
        key->strict = n->strict;
    }
    return 0;
}

static inline int same(const Key *a, const Key *b) {
    return a->value == b->value && a->kind == b->kind;
}

/* Whether the numbers check would report nothing about these numbers. */
static int numbers_agree(const Nums *zh_nums, const Nums *en_nums, int *agree) {
    static Key zh[MAX_NUMS], en[MAX_NUMS];
    int nz, ne;
    if (keys_of(zh_nums, zh, &nz) || keys_of(en_nums, en, &ne)) return -1;
    *agree = 0;
    for (int a = 0; a < nz; a++) {
        const Key *other = NULL; /* the last English number with this key, as a dict keeps it */
        for (int b = 0; b < ne; b++)
            if (same(&zh[a], &en[b])) other = &en[b];
        if (!other) {
            if (zh[a].strict) return 0;
            continue;
        }
        if (zh[a].approx != other->approx && zh[a].approx != ABOUT && other->approx != ABOUT)
            return 0;
    }
    for (int b = 0; b < ne; b++) {
        int found = 0;
        for (int a = 0; a < nz && !found; a++) found = same(&zh[a], &en[b]);
        if (!found) return 0;
    }
    *agree = 1;
    return 0;
}

/* --- the module -------------------------------------------------------------- */

static PyObject *as_list(const Nums *nums) {
    PyObject *list = PyList_New(nums->len);
    if (!list) return NULL;
    for (int k = 0; k < nums->len; k++) {
        const Num *n = &nums->items[k];
        PyObject *item = Py_BuildValue("(dssO)", n->value, KIND_NAMES[n->kind],
                                       APPROX_NAMES[n->approx], n->strict ? Py_True : Py_False);
        if (!item) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, item);
    }
    return list;
}

static PyObject *py_zh_numbers(PyObject *self, PyObject *arg) {
    Text t;
    static Nums nums;
    if (text_of(arg, &t)) return NULL;
    nums.len = 0;
    int r = zh_read(&t, &nums);
    if (r == READ_ERROR) return NULL;
    if (r == READ_UNSURE) Py_RETURN_NONE;
    return as_list(&nums);
}

static PyObject *py_en_numbers(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Text text, low;
    static Nums nums;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "en_numbers(text, lowered)");
        return NULL;
    }
    if (text_of(args[0], &text) || text_of(args[1], &low)) return NULL;
    nums.len = 0;
    int r = en_read(&text, &low, &nums);
    if (r == READ_ERROR) return NULL;
    if (r == READ_UNSURE) Py_RETURN_NONE;
    return as_list(&nums);
}

static PyObject *py_agree(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Text zh, text, low;
    static Nums zh_nums, en_nums;
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "agree(chinese, english, english_lowered)");
        return NULL;
    }
    if (text_of(args[0], &zh) || text_of(args[1], &text) || text_of(args[2], &low)) return NULL;
    if (text.n != low.n) Py_RETURN_FALSE;
    zh_nums.len = en_nums.len = 0;
    int r = zh_read(&zh, &zh_nums);
    if (r == READ_OK) r = en_read(&text, &low, &en_nums);
    if (r == READ_ERROR) return NULL;
    if (r == READ_UNSURE) Py_RETURN_FALSE;
    int agree;
    if (numbers_agree(&zh_nums, &en_nums, &agree)) return NULL;
    return PyBool_FromLong(agree);
}

static PyMethodDef methods[] = {
    {"zh_numbers", py_zh_numbers, METH_O,
     "zh_numbers(folded) -> [(value, kind, approx, strict)], or None when unsure"},
    {"en_numbers", (PyCFunction)(void (*)(void))py_en_numbers, METH_FASTCALL,
     "en_numbers(text, lowered) -> [(value, kind, approx, strict)], or None when unsure"},
    {"agree", (PyCFunction)(void (*)(void))py_agree, METH_FASTCALL,
     "agree(chinese, english, english_lowered) -> True when the numbers surely agree"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_numscan",
                                    "The numbers check's fast path.", -1, methods};

PyMODINIT_FUNC PyInit__numscan(void) {
    PyObject *builtins = PyEval_GetBuiltins();
    round_fn = builtins ? PyDict_GetItemString(builtins, "round") : NULL;
    if (!round_fn) return NULL;
    Py_INCREF(round_fn);
    return PyModule_Create(&module);
}
