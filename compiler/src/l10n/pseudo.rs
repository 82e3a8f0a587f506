//! Pseudo-locales for layout tests; generated, never shipped.

use super::*;

/// Pseudo-locales for layout tests, from English: `en-XA` with accented
/// letters and 40 % longer, `ar-XB` mirrored right to left. Returns each
/// tag with its Fluent source; variables and syntax are left intact.
pub fn pseudo_locales(locales_dir: &Path) -> Vec<(String, String)> {
    let en = read_dir(&locales_dir.join(REFERENCE_LOCALE));
    let mut accented = String::new();
    let mut mirrored = String::new();
    for (id, message) in &en.messages.messages {
        accented.push_str(&format!(
            "{id} ={}\n",
            transform(&message.body, Pseudo::Accented)
        ));
        mirrored.push_str(&format!(
            "{id} ={}\n",
            transform(&message.body, Pseudo::Mirrored)
        ));
    }
    vec![
        (PSEUDO_LOCALES[0].to_owned(), accented),
        (PSEUDO_LOCALES[1].to_owned(), mirrored),
    ]
}

#[derive(Clone, Copy)]
pub(super) enum Pseudo {
    Accented,
    Mirrored,
}

/// Transforms the text outside `{ … }` placeables, line by line (so
/// continuation indentation stays).
pub(super) fn transform(body: &str, pseudo: Pseudo) -> String {
    body.split('\n')
        .map(|line| {
            let indent_len = line.len() - line.trim_start().len();
            let (indent, text) = line.split_at(indent_len);
            if text.is_empty() {
                return line.to_owned();
            }
            let mut out = String::from(indent);
            let mut depth = 0usize;
            let mut letters = 0usize;
            let mut segment = String::new();
            let flush = |segment: &mut String, out: &mut String| {
                if !segment.is_empty() {
                    match pseudo {
                        Pseudo::Accented => out.push_str(segment),
                        // RLO … PDF shows Latin text mirrored, as right-to-left text runs.
                        Pseudo::Mirrored => {
                            out.push('\u{202E}');
                            out.push_str(segment);
                            out.push('\u{202C}');
                        }
                    }
                    segment.clear();
                }
            };
            for c in text.chars() {
                match c {
                    '{' => {
                        flush(&mut segment, &mut out);
                        depth += 1;
                        out.push(c);
                    }
                    '}' => {
                        depth = depth.saturating_sub(1);
                        out.push(c);
                    }
                    _ if depth > 0 => out.push(c),
                    _ => {
                        if c.is_alphabetic() {
                            letters += 1;
                        }
                        match pseudo {
                            Pseudo::Accented => segment.push(accent(c)),
                            Pseudo::Mirrored => segment.push(c),
                        }
                    }
                }
            }
            flush(&mut segment, &mut out);
            if let Pseudo::Accented = pseudo {
                // 40 % longer, as many translations are.
                let padding = (letters * 2).div_ceil(5);
                out.push_str(" ⟦");
                out.push_str(&"~".repeat(padding));
                out.push('⟧');
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn accent(c: char) -> char {
    const PLAIN: &str = "aceinousyACEINOUSY";
    const ACCENTED: &str = "åçéîñöüšýÅÇÉÎÑÖÜŠÝ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}
