//! Matching what people type against names: case, accents, punctuation and
//! spacing do not matter ("Condado de Los Ángeles" finds "Los Angeles").

use crate::unaccent::unaccented;

/// Lowercase, accents removed, punctuation as spaces, spaces collapsed, and
/// "Mc Farland" written as "McFarland".
pub fn fold_name(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(unaccented) {
        if c.is_alphanumeric() {
            folded.extend(c.to_lowercase());
        } else if !folded.ends_with(' ') {
            folded.push(' ');
        }
    }
    // USPS city names split the Scottish prefix ("Mc Farland") where people
    // and sources write "McFarland".
    folded
        .trim()
        .split(' ')
        .fold(String::new(), |mut joined, word| {
            if !(joined.is_empty() || joined == "mc" || joined.ends_with(" mc")) {
                joined.push(' ');
            }
            joined.push_str(word);
            joined
        })
}

#[cfg(test)]
mod tests {
    use super::fold_name;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(
            fold_name("  Condado de Los Ángeles "),
            "condado de los angeles"
        );
        assert_eq!(fold_name("SAN  JOSÉ"), "san jose");
        assert_eq!(fold_name("St. Helena"), "st helena");
        assert_eq!(fold_name("Đà Nẵng"), "đa nang");
        assert_eq!(fold_name("Mc Farland"), fold_name("McFarland"));
        assert_eq!(fold_name("Lake Mc Kittrick"), "lake mckittrick");
        assert_eq!(fold_name("Mcarthur mc"), "mcarthur mc");
    }
}
