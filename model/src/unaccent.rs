//! Accent folding for matching what people type: each character as its
//! canonical decomposition (NFD) without combining marks, so "Á" is "A",
//! "ệ" is "e" and a lone combining mark is nothing.
//!
//! Invariant: for every Unicode scalar value except the precomposed Hangul
//! syllables, [`unaccented`] gives exactly what `unicode-normalization`'s
//! NFD with marks filtered out gives; a test checks every code point. The
//! table is generated from that crate by the same test
//! (`AMPARO_WRITE_TABLES=1 cargo test -p amparo-core unaccent`), because the
//! crate's full normalization tables would cost the phone library 130 KB
//! for what search needs in 20. Hangul syllables stay whole: query and text
//! fold the same way, and nobody types loose jamo.

#[rustfmt::skip]
mod table;

/// `c` without its accents: its base character (rarely several), or
/// nothing for a mark.
pub fn unaccented(c: char) -> impl Iterator<Item = char> {
    let code = u32::from(c);
    let is_mark = table::MARKS
        .binary_search_by(|&(start, end)| {
            if end < code {
                std::cmp::Ordering::Less
            } else if start > code {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok();
    let (one, many): (Option<char>, &[u32]) = if is_mark {
        (None, &[])
    } else if let Ok(index) = table::BASES.binary_search_by_key(&code, |&(from, _)| from) {
        (
            table::BASES
                .get(index)
                .and_then(|&(_, base)| char::from_u32(base)),
            &[],
        )
    } else if let Ok(index) = table::SEVERAL.binary_search_by_key(&code, |&(from, _)| from) {
        (
            None,
            table::SEVERAL.get(index).map_or(&[], |&(_, bases)| bases),
        )
    } else {
        (Some(c), &[])
    };
    one.into_iter()
        .chain(many.iter().filter_map(|&base| char::from_u32(base)))
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;

    use super::unaccented;

    fn is_hangul_syllable(c: char) -> bool {
        ('\u{AC00}'..='\u{D7A3}').contains(&c)
    }

    fn reference(c: char) -> Vec<char> {
        std::iter::once(c)
            .nfd()
            .filter(|d| !is_combining_mark(*d))
            .collect()
    }

    /// The table as `unicode-normalization` defines it.
    fn generated() -> String {
        let mut marks: Vec<(u32, u32)> = Vec::new();
        let mut bases = String::new();
        let mut several_out = String::new();
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            if is_hangul_syllable(c) {
                continue;
            }
            let code = u32::from(c);
            if is_combining_mark(c) {
                match marks.last_mut() {
                    Some((_, end)) if *end + 1 == code => *end = code,
                    _ => marks.push((code, code)),
                }
                continue;
            }
            match reference(c).as_slice() {
                [only] if *only == c => {}
                [base] => {
                    let _ = writeln!(bases, "    (0x{code:X}, 0x{:X}),", u32::from(*base));
                }
                several => {
                    let list: Vec<String> = several
                        .iter()
                        .map(|d| format!("0x{:X}", u32::from(*d)))
                        .collect();
                    let _ = writeln!(several_out, "    (0x{code:X}, &[{}]),", list.join(", "));
                }
            }
        }
        let mut out = String::from(
            "// Generated from unicode-normalization by `AMPARO_WRITE_TABLES=1 cargo test -p amparo-core unaccent`: do not edit.\n\n/// Combining marks (general category M), as inclusive ranges.\npub(super) const MARKS: &[(u32, u32)] = &[\n",
        );
        for (start, end) in marks {
            let _ = writeln!(out, "    (0x{start:X}, 0x{end:X}),");
        }
        out.push_str("];\n\n/// Characters whose decomposition without marks is another character.\npub(super) const BASES: &[(u32, u32)] = &[\n");
        out.push_str(&bases);
        out.push_str("];\n\n/// Characters whose decomposition without marks is several characters.\npub(super) const SEVERAL: &[(u32, &[u32])] = &[\n");
        out.push_str(&several_out);
        out.push_str("];\n");
        out
    }

    #[test]
    fn the_table_is_what_unicode_normalization_says() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/unaccent/table.rs");
        let table = generated();
        if std::env::var_os("AMPARO_WRITE_TABLES").is_some() {
            std::fs::write(path, &table).expect("writes the table");
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == table,
            "src/unaccent/table.rs is out of date: regenerate it"
        );
    }

    #[test]
    fn every_code_point_folds_as_nfd_without_marks() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            if is_hangul_syllable(c) {
                assert_eq!(unaccented(c).collect::<Vec<_>>(), [c]);
                continue;
            }
            let expected = reference(c);
            assert_eq!(
                unaccented(c).collect::<Vec<_>>(),
                expected,
                "U+{:X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn accents_and_tones_go_letters_stay() {
        let fold = |s: &str| s.chars().flat_map(unaccented).collect::<String>();
        assert_eq!(fold("Condado de Los Ángeles"), "Condado de Los Angeles");
        assert_eq!(fold("Đà Nẵng"), "Đa Nang");
        assert_eq!(fold("Quyền giữ im lặng"), "Quyen giu im lang");
        assert_eq!(fold("가족"), "가족");
    }
}
