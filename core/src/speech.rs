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

/// Spells form and bill numbers: an ASCII-uppercase code of one to three
/// letters joined to or followed by digits ("I-205", "I-247", "SB 54",
/// "AB 450") becomes its letters and digits one by one.
fn spell_codes(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let (core, tail) = split_trailing_punctuation(word);
        if let Some((letters, digits)) = core
            .split_once('-')
            .filter(|(l, d)| is_code(l) && is_number(d))
        {
            out.push(format!("{} {}{tail}", spaced(letters), spaced(digits)));
        } else if is_code(core) && core.len() >= 2 && tail.is_empty() {
            match words
                .get(i + 1)
                .map(|next| split_trailing_punctuation(next))
            {
                Some((number, next_tail)) if is_number(number) => {
                    out.push(format!("{} {}{next_tail}", spaced(core), spaced(number)));
                    i += 1;
                }
                _ => out.push(word.to_owned()),
            }
        } else {
            out.push(word.to_owned());
        }
        i += 1;
    }
    out.join(" ")
}

fn split_trailing_punctuation(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .rev()
        .take_while(|(_, c)| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '،' | '。' | '、' | '։' | '።'
            )
        })
        .last()
        .map_or(word.len(), |(index, _)| index);
    word.split_at(end)
}

fn is_code(letters: &str) -> bool {
    (1..=3).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase())
}

fn is_number(digits: &str) -> bool {
    !digits.is_empty() && digits.len() <= 5 && digits.chars().all(|c| c.is_ascii_digit())
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
