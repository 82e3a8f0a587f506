//! Text that reads as a phone number: numbers are data, never text.

/// Whether text holds what reads as a phone number: 7 or more digits in
/// groups joined by the separators phone numbers use, unless every group is
/// 4 digits long (years and bill numbers: "SB 1070 (2010)").
pub fn looks_like_phone_number(text: &str) -> bool {
    let mut groups: Vec<usize> = Vec::new();
    let mut current = 0;
    let looks =
        |groups: &[usize]| groups.iter().sum::<usize>() >= 7 && groups.iter().any(|&g| g != 4);
    for c in text.chars() {
        match c {
            '0'..='9' => current += 1,
            ' ' | '-' | '.' | '(' | ')' | '+' => {
                if current > 0 {
                    groups.push(current);
                    current = 0;
                }
            }
            _ => {
                if current > 0 {
                    groups.push(current);
                    current = 0;
                }
                if looks(&groups) {
                    return true;
                }
                groups.clear();
            }
        }
    }
    if current > 0 {
        groups.push(current);
    }
    looks(&groups)
}
