//! Fluent checks: syntax (junk is an error, never skipped), duplicate ids,
//! and the variables each message uses, so translations can be compared with
//! English.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::{Diagnostics, SourceFile};

/// One message as defined in one locale.
pub(super) struct MessageInfo {
    pub file: usize,
    pub line: usize,
    pub has_value: bool,
    pub variables: BTreeSet<String>,
    /// The Fluent source after `id =`, comments left out: what the pack stores.
    pub body: String,
}

/// All messages of one locale, across its files.
#[derive(Default)]
pub(super) struct LocaleMessages {
    pub messages: BTreeMap<String, MessageInfo>,
}

/// Parses every file of a locale, reporting syntax errors and duplicates.
pub(super) fn read_locale(files: &[&SourceFile], diags: &mut Diagnostics) -> LocaleMessages {
    let mut locale = LocaleMessages::default();
    for (file_index, file) in files.iter().enumerate() {
        let resource = match parser::parse(file.text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    diags.at_offset(
                        file,
                        error.pos.start,
                        format!("Fluent syntax error: {error}"),
                    );
                }
                resource
            }
        };
        // Entries come in file order, so each definition is searched for
        // after the previous one: a repeated id gets its own line.
        let mut after_line = 0;
        for entry in resource.body {
            let message = match entry {
                Entry::Message(message) => message,
                Entry::Term(term) => {
                    let line = message_line(file, &format!("-{}", term.id.name), after_line);
                    diags.at_line(
                        file,
                        line,
                        format!("term `-{}`: the app formats each message alone, so messages may not use terms", term.id.name),
                    );
                    continue;
                }
                _ => continue,
            };
            let id = message.id.name;
            let line = message_line(file, id, after_line);
            after_line = line;
            let mut uses = Uses::default();
            if let Some(value) = &message.value {
                collect_pattern(value, &mut uses);
            }
            for attribute in &message.attributes {
                collect_pattern(&attribute.value, &mut uses);
            }
            for reference in &uses.references {
                diags.at_line(
                    file,
                    line,
                    format!("message `{id}` refers to `{reference}`: the app formats each message alone, so a message may not refer to another"),
                );
            }
            let variables = uses.variables;
            if let Some(first) = locale.messages.get(id) {
                let first_file = &files[first.file];
                diags.at_line(
                    file,
                    line,
                    format!(
                        "duplicate message id `{id}` (first defined at {}:{})",
                        first_file.path.display(),
                        first.line
                    ),
                );
                continue;
            }
            locale.messages.insert(
                id.to_owned(),
                MessageInfo {
                    file: file_index,
                    line,
                    has_value: message.value.is_some(),
                    variables,
                    body: message_body(file, line),
                },
            );
        }
    }
    locale
}

/// The line a message is defined on, after line `after_line`. The AST
/// carries no positions, so look for the definition itself: the id at the
/// start of a line, then `=`.
fn message_line(file: &SourceFile, id: &str, after_line: usize) -> usize {
    file.text
        .lines()
        .enumerate()
        .skip(after_line)
        .find(|(_, line)| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(after_line.max(1), |(index, _)| index + 1)
}

/// The source of the message defined on `line` (1-based), after its `=`, up
/// to the next entry or comment; trailing blank lines left out. Fluent
/// continues a message only on indented lines (and a select's closing `}`),
/// so this is exact; the compiler also checks the result parses the same.
fn message_body(file: &SourceFile, line: usize) -> String {
    let mut lines = file.text.lines().skip(line.saturating_sub(1));
    let first = lines.next().unwrap_or_default();
    let mut body = first
        .split_once('=')
        .map_or("", |(_, rest)| rest)
        .to_owned();
    let mut pending_blank = String::new();
    for next in lines {
        if next.trim().is_empty() {
            pending_blank.push('\n');
            continue;
        }
        // A select's closing brace may stand at the start of a line.
        if !next.starts_with([' ', '\t', '}']) {
            break;
        }
        body.push_str(&pending_blank);
        pending_blank.clear();
        body.push('\n');
        body.push_str(next);
    }
    body
}

/// Whether `source` (as the pack rebuilds it) defines exactly the messages
/// of `files`, with the same values and attributes: the compact form must
/// never change what a message says.
pub(super) fn same_messages(files: &[&SourceFile], source: &str) -> Result<(), String> {
    use fluent_syntax::ast::Message;
    fn messages<'s>(
        resource: &fluent_syntax::ast::Resource<&'s str>,
    ) -> Vec<(&'s str, Message<&'s str>)> {
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => Some((
                    message.id.name,
                    Message {
                        comment: None,
                        ..message.clone()
                    },
                )),
                _ => None,
            })
            .collect()
    }
    let mut original = Vec::new();
    for file in files {
        let resource = parser::parse(file.text.as_str()).unwrap_or_else(|(resource, _)| resource);
        original.extend(messages(&resource));
    }
    original.sort_by(|a, b| a.0.cmp(b.0));
    original.dedup_by(|a, b| a.0 == b.0);
    let rebuilt =
        parser::parse(source).map_err(|(_, errors)| format!("{} syntax errors", errors.len()))?;
    let mut rebuilt = messages(&rebuilt);
    rebuilt.sort_by(|a, b| a.0.cmp(b.0));
    if rebuilt.len() != original.len() {
        return Err(format!(
            "{} messages instead of {}",
            rebuilt.len(),
            original.len()
        ));
    }
    match original.iter().zip(&rebuilt).find(|(a, b)| a != b) {
        Some((a, _)) => Err(format!("message `{}` changed", a.0)),
        None => Ok(()),
    }
}

/// What a message's placeables use.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    /// Other messages or terms it refers to (never allowed).
    references: BTreeSet<String>,
}

fn collect_pattern(pattern: &Pattern<&str>, variables: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, variables);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, variables: &mut Uses) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, variables);
            for variant in variants {
                collect_pattern(&variant.value, variables);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, variables),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, variables: &mut Uses) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            variables.references.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, variables);
            }
            for argument in &arguments.named {
                collect_inline(&argument.value, variables);
            }
        }
        InlineExpression::TermReference { id, .. } => {
            variables.references.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, variables),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}
