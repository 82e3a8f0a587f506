//! Phone numbers: validated and normalised at build time (E.164, the
//! national display form, a `tel:` URI), and the numbers that must never
//! appear anywhere, in digits or in letters.

use super::{Compiler, Text};
use amparo_model::model::PhoneNumber;

/// Numbers that must never appear as help. 1-866-347-2423 ("866-DHS-2-ICE")
/// is the DHS line the public is asked to use to *report* people to ICE.
pub const FORBIDDEN_NUMBERS: &[(&str, &str)] = &[(
    "+18663472423",
    "DHS's tip line for reporting people to ICE, never a help number",
)];

impl Compiler {
    /// Validates a number (written as its source prints it) and its
    /// extension, and formats it for display and dialling.
    pub(super) fn phone(
        &mut self,
        file: usize,
        phone: &Text,
        extension: Option<Text>,
        accepts_texts: Option<bool>,
    ) -> Option<PhoneNumber> {
        let parsed = phonenumber::parse(Some(phonenumber::country::Id::US), phone.get_ref())
            .ok()
            .filter(phonenumber::is_valid);
        let Some(number) = parsed else {
            let message = format!("`{}` is not a valid phone number", phone.get_ref());
            self.diags.at(&self.files[file], phone, message);
            return None;
        };
        let extension = match extension {
            Some(ext)
                if !ext.get_ref().is_empty()
                    && ext.get_ref().bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(ext.into_inner())
            }
            Some(ext) => {
                let message = format!("extension `{}` must be digits only", ext.get_ref());
                self.diags.at(&self.files[file], &ext, message);
                None
            }
            None => None,
        };
        // The forbidden numbers are caught wherever they appear, phone field
        // or not, by `reject_forbidden_numbers`.
        let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
        let display = number
            .format()
            .mode(phonenumber::Mode::National)
            .to_string();
        let tel_uri = match &extension {
            Some(ext) => format!("tel:{e164};ext={ext}"),
            None => format!("tel:{e164}"),
        };
        Some(PhoneNumber {
            e164,
            display,
            tel_uri,
            extension,
            accepts_texts: accepts_texts.unwrap_or(false),
        })
    }

    /// The forbidden numbers may not appear anywhere, in any form: not as a
    /// hotline, not inside a sentence, not in a comment, not spelt in
    /// letters on a phone keypad ("866-DHS-2-ICE").
    pub(super) fn reject_forbidden_numbers(&mut self) {
        for file in &self.files {
            for (index, line) in file.text.lines().enumerate() {
                let runs = [number_runs(line, false), number_runs(line, true)].concat();
                for (number, why) in FORBIDDEN_NUMBERS {
                    let national = number.get(2..).unwrap_or(number);
                    if runs.iter().any(|run| run.contains(national)) {
                        self.diags.at_line(
                            file,
                            index + 1,
                            format!("{number} must never be listed: {why}"),
                        );
                    }
                }
            }
        }
    }
}

/// The digits of each run of digits and phone punctuation in `line`. With
/// `letters`, letters count too, as the digit they sit on on a phone keypad,
/// and only runs that contain a letter are kept (plain digits are the other
/// pass).
fn number_runs(line: &str, letters: bool) -> Vec<String> {
    let mut runs = vec![(String::new(), false)];
    for c in line.chars() {
        let key = match c {
            '0'..='9' => Some((c, false)),
            c if letters && c.is_ascii_alphabetic() => keypad(c).map(|d| (d, true)),
            _ => None,
        };
        match key {
            Some((digit, lettered)) => {
                if let Some((run, has_letter)) = runs.last_mut() {
                    run.push(digit);
                    *has_letter |= lettered;
                }
            }
            None if matches!(c, ' ' | '-' | '.' | '(' | ')' | '+' | '/') => {}
            None => runs.push((String::new(), false)),
        }
    }
    runs.into_iter()
        .filter(|(run, has_letter)| run.len() >= 7 && (has_letter == &letters))
        .map(|(run, _)| run)
        .collect()
}

/// The keypad digit of a letter (ITU E.161).
fn keypad(c: char) -> Option<char> {
    let digit = match c.to_ascii_uppercase() {
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    };
    Some(digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions_tip_line(line: &str) -> bool {
        let runs = [number_runs(line, false), number_runs(line, true)].concat();
        runs.iter().any(|run| run.contains("8663472423"))
    }

    #[test]
    fn the_tip_line_is_found_in_digits_and_in_letters() {
        for line in [
            "call 1-866-347-2423",
            "(866) 347 2423",
            "866-DHS-2-ICE",
            "1 866 dhs 2 ice",
            "\"866DHS2ICE\"",
        ] {
            assert!(mentions_tip_line(line), "{line}");
        }
    }

    #[test]
    fn ordinary_text_and_other_numbers_pass() {
        for line in [
            "Form I-200 or Form I-205, in September 2025",
            "call 888-624-4752 (888-6-CHIRLA)",
            "The Department of Homeland Security (DHS) has a number for reporting people to ICE.",
        ] {
            assert!(!mentions_tip_line(line), "{line}");
        }
    }
}
