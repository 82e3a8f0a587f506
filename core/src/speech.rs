//! Speech text: what a text-to-speech voice should read for a line, so a
//! shell can read the card and the steps aloud to people who do not read.
//!
//! Invariants: speech text holds no Unicode isolation or direction marks, no
//! symbol a voice misreads (`§`, `/`, bullets, brackets), and form and bill
//! numbers are spelled out character by character ("I-205" is "I 2 0 5",
//! never "I minus two hundred five"). It changes symbols and spacing only,
//! never the words, so it says what the screen says in every language.

/// The speech form of one formatted line.
pub fn speech_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Isolation and direction marks: invisible on screen, noise to a voice.
            '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' => {}
            '§' | '/' | '•' | '·' | '*' | '#' | '(' | ')' | '[' | ']' | '«' | '»' | '"' | '“'
            | '”' | '→' => out.push(' '),
            _ => out.push(c),
        }
    }
    let spelled = spell_codes(&out);
    spelled.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Spells form and bill numbers: one to three ASCII capitals joined by a
/// hyphen to digits ("I-205", also inside Chinese or Japanese text), or a bill
/// (SB, AB, HB, PA), a space and digits ("SB 54", "AB 450"), become their
/// letters and digits one by one.
fn spell_codes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if let Some((letters, digits, end)) = code_at(&chars, i) {
            out.push(' ');
            out.push_str(&spaced(&letters));
            out.push(' ');
            out.push_str(&spaced(&digits));
            if chars.get(end).is_some_and(|c| c.is_alphanumeric()) {
                out.push(' ');
            }
            i = end;
        } else {
            out.extend(chars.get(i));
            i += 1;
        }
    }
    out
}

/// A code starting at `start`: its letters, its digits and where it ends.
fn code_at(chars: &[char], start: usize) -> Option<(String, String, usize)> {
    let alnum = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if start > 0 && alnum(chars.get(start - 1)) {
        return None;
    }
    let letters: String = chars
        .get(start..)?
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .collect();
    let count = letters.chars().count();
    if !(1..=3).contains(&count) {
        return None;
    }
    let separator = *chars.get(start + count)?;
    // With a space only bills and acts ("SB 54", "PA 19"): "ICE 2025" is a year.
    let bill = matches!(letters.as_str(), "SB" | "AB" | "HB" | "PA");
    if !(separator == '-' || (separator == ' ' && bill)) {
        return None;
    }
    let digits_start = start + count + 1;
    let digits: String = chars
        .get(digits_start..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let end = digits_start + digits.len();
    if digits.is_empty() || digits.len() > 5 || alnum(chars.get(end)) {
        return None;
    }
    Some((letters, digits, end))
}

fn spaced(code: &str) -> String {
    code.chars().map(String::from).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::speech_text;

    #[test]
    fn form_and_bill_numbers_are_spelled_out() {
        assert_eq!(
            speech_text("A Form I-205 is not a judge's warrant."),
            "A Form I 2 0 5 is not a judge's warrant."
        );
        assert_eq!(
            speech_text("Under SB 54, police may not ask."),
            "Under S B 5 4, police may not ask."
        );
        assert_eq!(speech_text("ICE (I-247)."), "ICE I 2 4 7 .");
        assert_eq!(speech_text("例如表格I-205，它"), "例如表格 I 2 0 5，它");
        assert_eq!(speech_text("ICE 2025"), "ICE 2025");
    }

    #[test]
    fn marks_and_symbols_are_dropped() {
        assert_eq!(
            speech_text("\u{2068}Los Angeles\u{2069} § 7284.6 / ok"),
            "Los Angeles 7284.6 ok"
        );
    }

    #[test]
    fn words_stay_as_they_are() {
        let line = "Voy a ejercer mi derecho a guardar silencio. Quiero hablar con un abogado.";
        assert_eq!(speech_text(line), line);
        assert_eq!(speech_text("我要和律師談。"), "我要和律師談。");
    }
}
