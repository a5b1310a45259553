#pragma once

#include <QString>

namespace Accrue {

// Text from the book (a payer's remittance line, a customer name, a field of
// an imported file) on its way to a terminal, a log or a message: anyone can
// type it, so it must not move the cursor, recolour the terminal, reorder a
// line (bidi overrides) or flood the screen.
//
// Every C0 and C1 control (ESC included) but the line break and the tab,
// DEL, and the bidirectional embedding, override and isolate marks become
// U+FFFD; a line break becomes a space unless `keepLineBreaks`. Longer than
// `maxChars`, the text is cut and ends in "…" (maxChars < 0: no limit).
inline QString safeText(const QString &text, qsizetype maxChars = -1, bool keepLineBreaks = false)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' && keepLineBreaks)
            out += c;
        else if (u == u'\n' || u == u'\t')
            out += u' ';
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
                 || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c)
            out += QChar(0xfffd);
        else
            out += c;
    }
    if (maxChars >= 0 && out.size() > maxChars) {
        out.truncate(std::max<qsizetype>(0, maxChars - 1));
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    return out;
}

// A message for a terminal or a message box: safe text, line breaks kept,
// each run of more than `maxRun` characters without a space cut short (a
// value quoted in an error can be a whole line of a file).
inline QString safeMessage(const QString &text, qsizetype maxRun = 200)
{
    const QString safe = safeText(text, -1, true);
    QString out;
    qsizetype run = 0;
    for (const QChar c : safe) {
        run = c.isSpace() ? 0 : run + 1;
        if (run <= maxRun)
            out += c;
        else if (run == maxRun + 1)
            out += QChar(0x2026);
    }
    return out;
}

// Text for an HTML document (an invoice, a printed report): safe text with
// its line breaks, then escaped, so no markup and no bidi override from the
// data can change what the page says or the order it reads in.
inline QString safeHtml(const QString &text)
{
    return safeText(text, -1, true).toHtmlEscaped();
}

} // namespace Accrue
