//! The timeline as an ARIA tree (APG tree view pattern): each visible row's
//! level, position among its siblings and expanded state, and what a key
//! does on a row. Themes (level 1) are always open; initiatives (level 2)
//! open to show their milestones (level 3). Opening details is not
//! expanding: Enter opens them, the web layer does that.

use crate::core::chart::timeline::layout::{RowKind, TimelineLayout};
use crate::core::timeline::model::Timeline;

/// One treeitem: a visible row of the layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub kind: RowKind,
    /// `aria-level`: 1 theme, 2 initiative, 3 milestone.
    pub level: u8,
    /// `aria-setsize` and `aria-posinset` (from 1) among its siblings.
    pub set_size: usize,
    pub pos_in_set: usize,
    /// `aria-expanded`: `None` for a row with nothing under it.
    pub expanded: Option<bool>,
}

/// What a key press on a row asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TreeAction {
    Focus(RowKind),
    /// Show (true) or hide (false) an initiative's milestones.
    Expand {
        group: usize,
        initiative: usize,
        open: bool,
    },
}

/// The treeitems, in the layout's row order (the order they are read in).
pub fn tree_nodes(timeline: &Timeline, layout: &TimelineLayout) -> Vec<TreeNode> {
    let shown = |g: usize, i: usize| {
        layout.rows.iter().any(|r| {
            matches!(r.kind, RowKind::Milestone { group, initiative, .. } if group == g && initiative == i)
        })
    };
    layout
        .rows
        .iter()
        .filter_map(|row| {
            let kind = row.kind;
            Some(match kind {
                RowKind::Group { group } => TreeNode {
                    kind,
                    level: 1,
                    set_size: timeline.groups.len(),
                    pos_in_set: group + 1,
                    expanded: Some(true),
                },
                RowKind::Initiative { group, initiative } => {
                    let initiatives = &timeline.groups.get(group)?.initiatives;
                    let has_milestones = !initiatives.get(initiative)?.milestones.is_empty();
                    TreeNode {
                        kind,
                        level: 2,
                        set_size: initiatives.len(),
                        pos_in_set: initiative + 1,
                        expanded: has_milestones.then(|| shown(group, initiative)),
                    }
                }
                RowKind::Milestone { group, initiative, milestone } => TreeNode {
                    kind,
                    level: 3,
                    set_size: timeline
                        .groups
                        .get(group)?
                        .initiatives
                        .get(initiative)?
                        .milestones
                        .len(),
                    pos_in_set: milestone + 1,
                    expanded: None,
                },
            })
        })
        .collect()
}

/// What `key` (a `KeyboardEvent.key`) does on the row `at`; `None`: the key
/// is not the tree's, let it through.
pub fn tree_key(nodes: &[TreeNode], at: RowKind, key: &str) -> Option<TreeAction> {
    let i = nodes.iter().position(|n| n.kind == at)?;
    let node = nodes[i];
    let focus = |j: usize| nodes.get(j).map(|n| TreeAction::Focus(n.kind));
    match key {
        "ArrowDown" => focus(i + 1),
        "ArrowUp" => i.checked_sub(1).and_then(focus),
        "Home" => focus(0),
        "End" => focus(nodes.len().checked_sub(1)?),
        "ArrowRight" => match (node.kind, node.expanded) {
            (RowKind::Initiative { group, initiative }, Some(false)) => {
                Some(TreeAction::Expand { group, initiative, open: true })
            }
            // Open: to its first child.
            (_, Some(true)) => {
                nodes.get(i + 1).filter(|n| n.level > node.level).map(|n| TreeAction::Focus(n.kind))
            }
            _ => None,
        },
        "ArrowLeft" => match (node.kind, node.expanded) {
            (RowKind::Initiative { group, initiative }, Some(true)) => {
                Some(TreeAction::Expand { group, initiative, open: false })
            }
            // Closed or a leaf: to its parent.
            _ => nodes[..i]
                .iter()
                .rev()
                .find(|n| n.level < node.level)
                .map(|n| TreeAction::Focus(n.kind)),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::chart::timeline::layout::{layout_timeline, Zoom};
    use crate::core::date::day::date;
    use crate::core::i18n::Lang;
    use crate::core::plan::read::read_plan;
    use crate::core::timeline::model::build_timeline;
    use expect_test::{expect, Expect};

    const FEED: &str = r#"{"format":"ogw.plan/1","themes":[{"id":"A","title":"Data"},{"id":"B","title":"Kort"}],"initiatives":[
        {"id":"1.1","title":"Data","theme":"A","milestones":[{"title":"M1"},{"title":"M2"}]},
        {"id":"1.2","title":"Portal","theme":"A"},
        {"id":"2.1","title":"Kort","theme":"B","milestones":[{"title":"M3"}]}]}"#;

    fn name(kind: RowKind) -> String {
        match kind {
            RowKind::Group { group } => format!("g{group}"),
            RowKind::Initiative { group, initiative } => format!("i{group}-{initiative}"),
            RowKind::Milestone { group, initiative, milestone } => {
                format!("m{group}-{initiative}-{milestone}")
            }
        }
    }

    fn nodes(open: &[(usize, usize)]) -> Vec<TreeNode> {
        let read = read_plan(FEED).unwrap();
        let timeline = build_timeline(&read.feed, date(2018, 1, 1).unwrap(), Lang::Da);
        let layout = layout_timeline(&timeline, Zoom::Years, 900.0, Lang::Da, &|g, i| {
            open.contains(&(g, i))
        });
        tree_nodes(&timeline, &layout)
    }

    fn check_tree(open: &[(usize, usize)], expect: Expect) {
        let lines: Vec<String> = nodes(open)
            .iter()
            .map(|n| {
                format!(
                    "{}{} level {} {}/{} {}",
                    "  ".repeat(n.level as usize - 1),
                    name(n.kind),
                    n.level,
                    n.pos_in_set,
                    n.set_size,
                    n.expanded.map_or("leaf", |e| if e { "open" } else { "closed" })
                )
            })
            .collect();
        expect.assert_eq(&lines.join("\n"));
    }

    #[test]
    fn rows_are_themes_initiatives_and_shown_milestones_with_levels_and_positions() {
        check_tree(
            &[],
            expect![[r#"
                g0 level 1 1/2 open
                  i0-0 level 2 1/2 closed
                  i0-1 level 2 2/2 leaf
                g1 level 1 2/2 open
                  i1-0 level 2 1/1 closed"#]],
        );
        check_tree(
            &[(0, 0)],
            expect![[r#"
                g0 level 1 1/2 open
                  i0-0 level 2 1/2 open
                    m0-0-0 level 3 1/2 leaf
                    m0-0-1 level 3 2/2 leaf
                  i0-1 level 2 2/2 leaf
                g1 level 1 2/2 open
                  i1-0 level 2 1/1 closed"#]],
        );
    }

    fn check_keys(open: &[(usize, usize)], presses: &[(&str, &str)], expect: Expect) {
        let nodes = nodes(open);
        let by_name = |s: &str| nodes.iter().find(|n| name(n.kind) == s).unwrap().kind;
        let out: Vec<String> = presses
            .iter()
            .map(|(at, key)| {
                let action = match tree_key(&nodes, by_name(at), key) {
                    None => "-".to_string(),
                    Some(TreeAction::Focus(k)) => format!("focus {}", name(k)),
                    Some(TreeAction::Expand { group, initiative, open }) => {
                        format!("{} i{group}-{initiative}", if open { "open" } else { "close" })
                    }
                };
                format!("{at} {key}: {action}")
            })
            .collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn keys_move_open_and_close_as_the_tree_pattern_says() {
        check_keys(
            &[],
            &[
                ("g0", "ArrowUp"),
                ("g0", "ArrowDown"),
                ("g0", "ArrowRight"),
                ("g0", "ArrowLeft"),
                ("i0-0", "ArrowRight"),
                ("i0-0", "ArrowLeft"),
                ("i0-1", "ArrowRight"),
                ("i0-1", "ArrowDown"),
                ("i1-0", "ArrowDown"),
                ("i1-0", "Home"),
                ("g0", "End"),
                ("i0-0", "Enter"),
            ],
            expect![[r#"
                g0 ArrowUp: -
                g0 ArrowDown: focus i0-0
                g0 ArrowRight: focus i0-0
                g0 ArrowLeft: -
                i0-0 ArrowRight: open i0-0
                i0-0 ArrowLeft: focus g0
                i0-1 ArrowRight: -
                i0-1 ArrowDown: focus g1
                i1-0 ArrowDown: -
                i1-0 Home: focus g0
                g0 End: focus i1-0
                i0-0 Enter: -"#]],
        );
        check_keys(
            &[(0, 0)],
            &[
                ("i0-0", "ArrowRight"),
                ("i0-0", "ArrowLeft"),
                ("m0-0-0", "ArrowLeft"),
                ("m0-0-1", "ArrowDown"),
                ("m0-0-1", "ArrowRight"),
            ],
            expect![[r#"
                i0-0 ArrowRight: focus m0-0-0
                i0-0 ArrowLeft: close i0-0
                m0-0-0 ArrowLeft: focus i0-0
                m0-0-1 ArrowDown: focus i0-1
                m0-0-1 ArrowRight: -"#]],
        );
    }
}
