//! A chart as a self-contained SVG document (`plan chart -o FILE.svg`, and the pictures of
//! `plan report`'s page): no script, no external font, style or link; built with the `svg`
//! crate's elements, which escape every text and attribute. Its words (legend, subtitle,
//! the unit's stand-in) are the catalogue's, and its numbers and dates are written as the
//! language chosen writes them.
//!
//! Each series is told apart by more than its colour, so the chart reads in greyscale and
//! printed: the observed values a solid line with round points, the path to target dashed,
//! the projection dotted, each milestone a diamond labelled with its target, each group
//! (a dimension's value) its own dash pattern and point shape.

use super::{Chart, Mark};
use crate::i18n::Lang;
use crate::render::evaluation::words;
use svg::node::element::{Circle, Group, Line, Polygon, Polyline, Rectangle, Text, Title};
use svg::Document;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 420.0;
/// The plot's place in the picture: room on the left for the values, above for the title,
/// below for the years and the legend.
const LEFT: f64 = 70.0;
const RIGHT: f64 = 670.0;
const TOP: f64 = 80.0;
const BOTTOM: f64 = 320.0;
/// Text the reader's own sans-serif font draws: nothing is fetched.
const FONT: &str = "sans-serif";

/// The colours and dash patterns of the groups, in turn: dark enough on white, and
/// different in lightness and pattern so greyscale keeps them apart.
const GROUP_STYLES: [(&str, &str, Shape); 6] = [
    ("#d95f02", "10 3 2 3", Shape::Square),
    ("#7570b3", "2 2", Shape::Triangle),
    ("#1b9e77", "12 4", Shape::Cross),
    ("#e7298a", "6 2 1 2 1 2", Shape::Square),
    ("#66a61e", "1 3", Shape::Triangle),
    ("#a6761d", "8 2 8 6", Shape::Cross),
];
const OBSERVED: &str = "#1f3a93";
const PATH: &str = "#555555";
const PROJECTION: &str = "#000000";
const MILESTONE: &str = "#b2182b";

#[derive(Copy, Clone)]
enum Shape {
    Square,
    Triangle,
    Cross,
}

/// Where a value and a time are drawn.
struct Scale {
    first: f64,
    last: f64,
    low: f64,
    high: f64,
}

impl Scale {
    fn x(&self, time: f64) -> f64 {
        round(LEFT + (time - self.first) / (self.last - self.first) * (RIGHT - LEFT))
    }

    fn y(&self, value: f64) -> f64 {
        round(BOTTOM - (value - self.low) / (self.high - self.low) * (BOTTOM - TOP))
    }

    fn points(&self, marks: &[Mark]) -> String {
        let points: Vec<String> = marks
            .iter()
            .map(|m| format!("{},{}", self.x(m.time), self.y(m.value)))
            .collect();
        points.join(" ")
    }
}

/// Two decimals are finer than any screen: a shorter file that compares the same.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The chart as an SVG document, `<svg>` to `</svg>` and a final newline, its words in
/// `lang`.
pub fn svg(chart: &Chart, lang: Lang) -> String {
    let (first, last) = chart.year_range();
    let (low, high) = chart.value_range(true);
    // A margin above and below, so no point sits on the frame.
    let pad = (high - low) * 0.05;
    let scale = Scale {
        first: f64::from(first),
        last: f64::from(last),
        low: low - pad,
        high: high + pad,
    };
    let title = format!("{}  {}", chart.id, chart.title);
    let mut doc = Document::new()
        .set("width", WIDTH)
        .set("height", HEIGHT)
        .set("viewBox", (0, 0, WIDTH, HEIGHT))
        .set("font-family", FONT)
        .set("role", "img")
        .add(Title::new(clean(&title)))
        .add(
            Rectangle::new()
                .set("width", WIDTH)
                .set("height", HEIGHT)
                .set("fill", "#ffffff"),
        )
        .add(axes(chart, &scale, (first, last), (low, high), lang));
    // SVG text does not wrap: a long title (a document's indicator titles often are) is
    // broken into lines by words, the whole kept in `<title>`.
    let lines = title_lines(&clean(&title));
    let mut y = 22.0;
    for line in &lines {
        doc = doc.add(
            Text::new(line.clone())
                .set("class", "title")
                .set("x", 20)
                .set("y", y)
                .set("font-size", 15)
                .set("font-weight", "bold"),
        );
        y += 18.0;
    }
    doc = doc.add(
        Text::new(clean(&subtitle(chart, lang)))
            .set("class", "subtitle")
            .set("x", 20)
            .set("y", y)
            .set("font-size", 12)
            .set("fill", "#444444"),
    );
    if let Some(why) = chart.empty_reason(true, lang) {
        return format!(
            "{}\n",
            doc.add(
                Text::new(why)
                    .set("class", "empty")
                    .set("x", (LEFT + RIGHT) / 2.0)
                    .set("y", (TOP + BOTTOM) / 2.0)
                    .set("text-anchor", "middle")
                    .set("font-size", 13)
            )
        );
    }
    for (path, n) in chart.paths.iter().zip(1..) {
        doc = doc.add(
            line(&scale, path, PATH, "6 4")
                .set("class", "path")
                .set("data-series", format!("path {n}")),
        );
    }
    for (projection, n) in chart.projections.iter().zip(1..) {
        doc = doc.add(
            line(&scale, projection, PROJECTION, "1.5 3")
                .set("class", "projection")
                .set("data-series", format!("projection {n}")),
        );
    }
    for (group, (colour, dash, shape)) in chart.groups.iter().zip(GROUP_STYLES.iter().cycle()) {
        let mut g = Group::new()
            .set("class", "group")
            .set("data-series", clean(&group.label))
            .add(line(&scale, &group.points, colour, dash));
        for m in &group.points {
            g = g.add(point(&scale, m, *shape, colour, lang));
        }
        doc = doc.add(g);
    }
    let mut observed = Group::new()
        .set("class", "observed")
        .set("data-series", "observed")
        .add(line(&scale, &chart.observed, OBSERVED, "none").set("stroke-width", 2.5));
    for m in &chart.observed {
        observed = observed.add(
            Circle::new()
                .set("cx", scale.x(m.time))
                .set("cy", scale.y(m.value))
                .set("r", 3.5)
                .set("fill", OBSERVED)
                .add(Title::new(format!(
                    "{}: {}",
                    year_of(m.time),
                    words::number(lang, m.value)
                ))),
        );
    }
    doc = doc.add(observed);
    // Milestones at one time (`2030 < 40` and a change to 40.08 by 2030) have their labels
    // stacked, not drawn over each other.
    let mut labelled_at: Vec<f64> = Vec::new();
    for m in &chart.milestones {
        let (x, y) = (scale.x(m.mark.time), scale.y(m.mark.value));
        let below = labelled_at.iter().filter(|&&t| t == x).count() as f64;
        labelled_at.push(x);
        let diamond = format!(
            "{},{} {},{} {},{} {},{}",
            x,
            y - 7.0,
            x + 7.0,
            y,
            x,
            y + 7.0,
            x - 7.0,
            y
        );
        doc = doc.add(
            Group::new()
                .set("class", "milestone")
                .add(
                    Polygon::new()
                        .set("points", diamond)
                        .set("fill", "#ffffff")
                        .set("stroke", MILESTONE)
                        .set("stroke-width", 2)
                        .add(Title::new(m.description(lang))),
                )
                .add(
                    Text::new(m.label(lang))
                        .set("x", x)
                        .set("y", y - 11.0 - 13.0 * below)
                        .set("text-anchor", "middle")
                        .set("font-size", 11)
                        .set("fill", MILESTONE),
                ),
        );
    }
    format!("{}\n", doc.add(legend(chart, lang)))
}

/// The most characters of a title line: about what 15-pixel bold text fits in the picture.
const TITLE_LINE: usize = 76;

/// A title in at most two lines of [`TITLE_LINE`] characters, broken between words; what
/// does not fit ends in `…`.
fn title_lines(title: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in title.split(' ') {
        let fits = line.chars().count() + 1 + word.chars().count() <= TITLE_LINE;
        if line.is_empty() || fits {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else if lines.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line.push_str(" …");
            break;
        }
    }
    lines.push(line);
    // A word longer than a line is cut.
    for line in &mut lines {
        if line.chars().count() > TITLE_LINE + 2 {
            *line = line.chars().take(TITLE_LINE - 1).chain(['…']).collect();
        }
    }
    lines
}

/// `Tỉnh Sơn La, as of 2025-06-30`.
fn subtitle(chart: &Chart, lang: Lang) -> String {
    lang.text_with(
        "chart-subtitle",
        &[
            ("area", chart.area_name.as_str().into()),
            ("date", words::date(lang, chart.as_of).into()),
        ],
    )
}

/// Control characters are not allowed in XML 1.0: a title's are shown as `?`.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\t' { '?' } else { c })
        .collect()
}

/// The year a time on the axis falls in (2024.0 is the end of 2024).
fn year_of(time: f64) -> i32 {
    time.ceil() as i32
}

fn line(scale: &Scale, marks: &[Mark], colour: &str, dash: &str) -> Polyline {
    Polyline::new()
        .set("points", scale.points(marks))
        .set("fill", "none")
        .set("stroke", colour)
        .set("stroke-width", 2)
        .set("stroke-dasharray", dash)
        .set("stroke-linejoin", "round")
}

/// A group's point: its shape, so groups differ in greyscale too.
fn point(
    scale: &Scale,
    m: &Mark,
    shape: Shape,
    colour: &str,
    lang: Lang,
) -> svg::node::element::Element {
    let title = Title::new(format!(
        "{}: {}",
        year_of(m.time),
        words::number(lang, m.value)
    ));
    shaped((scale.x(m.time), scale.y(m.value)), shape, colour, title)
}

/// A point of `shape` at `(x, y)`, with `title` for a reader's pointer.
fn shaped(
    (x, y): (f64, f64),
    shape: Shape,
    colour: &str,
    title: Title,
) -> svg::node::element::Element {
    match shape {
        Shape::Square => Rectangle::new()
            .set("x", x - 3.5)
            .set("y", y - 3.5)
            .set("width", 7)
            .set("height", 7)
            .set("fill", colour)
            .add(title)
            .into(),
        Shape::Triangle => Polygon::new()
            .set(
                "points",
                format!(
                    "{},{} {},{} {},{}",
                    x,
                    y - 4.5,
                    x + 4.5,
                    y + 3.5,
                    x - 4.5,
                    y + 3.5
                ),
            )
            .set("fill", colour)
            .add(title)
            .into(),
        Shape::Cross => Polyline::new()
            .set(
                "points",
                format!(
                    "{},{} {},{} {},{} {},{} {},{}",
                    x - 4.0,
                    y - 4.0,
                    x + 4.0,
                    y + 4.0,
                    x,
                    y,
                    x + 4.0,
                    y - 4.0,
                    x - 4.0,
                    y + 4.0
                ),
            )
            .set("fill", "none")
            .set("stroke", colour)
            .set("stroke-width", 2)
            .add(title)
            .into(),
    }
}

/// The frame, a tick and a label at each year, the lowest and highest value, and the unit.
fn axes(
    chart: &Chart,
    scale: &Scale,
    (first, last): (i32, i32),
    (low, high): (f64, f64),
    lang: Lang,
) -> Group {
    let mut g = Group::new()
        .set("class", "axes")
        .set("stroke", "#333333")
        .add(
            Line::new()
                .set("x1", LEFT)
                .set("y1", BOTTOM)
                .set("x2", RIGHT)
                .set("y2", BOTTOM),
        )
        .add(
            Line::new()
                .set("x1", LEFT)
                .set("y1", TOP)
                .set("x2", LEFT)
                .set("y2", BOTTOM),
        );
    // A label every few years when there are many, so that they never touch.
    let step = ((last - first) as usize).div_ceil(15).max(1);
    for (n, year) in (first..=last).enumerate() {
        let x = scale.x(f64::from(year));
        g = g.add(
            Line::new()
                .set("x1", x)
                .set("y1", BOTTOM)
                .set("x2", x)
                .set("y2", BOTTOM + 5.0),
        );
        if n % step == 0 {
            g = g.add(
                Text::new(year.to_string())
                    .set("class", "year")
                    .set("x", x)
                    .set("y", BOTTOM + 19.0)
                    .set("text-anchor", "middle")
                    .set("font-size", 11)
                    .set("stroke", "none")
                    .set("fill", "#333333"),
            );
        }
    }
    for value in [low, high] {
        let y = scale.y(value);
        g = g
            .add(
                Line::new()
                    .set("x1", LEFT - 5.0)
                    .set("y1", y)
                    .set("x2", LEFT)
                    .set("y2", y),
            )
            .add(
                Text::new(words::number(lang, value))
                    .set("class", "value")
                    .set("x", LEFT - 8.0)
                    .set("y", y + 4.0)
                    .set("text-anchor", "end")
                    .set("font-size", 11)
                    .set("stroke", "none")
                    .set("fill", "#333333"),
            );
    }
    let unit = chart
        .unit
        .clone()
        .unwrap_or_else(|| lang.text("chart-value"));
    g.add(
        // From the picture's left edge rightwards, above the plot: a long unit
        // (`/100.000 trẻ em`) ending at the axis would run off the picture's edge.
        Text::new(clean(&unit))
            .set("class", "unit")
            .set("x", 8.0)
            .set("y", TOP - 8.0)
            .set("text-anchor", "start")
            .set("font-size", 11)
            .set("stroke", "none")
            .set("fill", "#333333"),
    )
}

/// One entry per kind of series drawn: its line as drawn, and its name.
fn legend(chart: &Chart, lang: Lang) -> Group {
    let mut entries: Vec<(String, &str, &str, Option<Shape>)> = Vec::new();
    if !chart.observed.is_empty() {
        entries.push((lang.text("chart-observed"), OBSERVED, "none", None));
    }
    if !chart.paths.is_empty() {
        entries.push((lang.text("chart-path"), PATH, "6 4", None));
    }
    if !chart.projections.is_empty() {
        entries.push((lang.text("chart-projection"), PROJECTION, "1.5 3", None));
    }
    for (group, (colour, dash, shape)) in chart.groups.iter().zip(GROUP_STYLES.iter().cycle()) {
        entries.push((clean(&group.label), colour, dash, Some(*shape)));
    }
    let mut g = Group::new().set("class", "legend").set("font-size", 11);
    let (mut x, mut y) = (LEFT, BOTTOM + 42.0);
    for (label, colour, dash, shape) in &entries {
        // About 6.5 pixels a character at this size.
        let width = 34.0 + 6.5 * label.chars().count() as f64 + 18.0;
        if x + width > RIGHT && x > LEFT {
            x = LEFT;
            y += 18.0;
        }
        g = g
            .add(
                Line::new()
                    .set("x1", x)
                    .set("y1", y - 4.0)
                    .set("x2", x + 28.0)
                    .set("y2", y - 4.0)
                    .set("stroke", *colour)
                    .set("stroke-width", 2)
                    .set("stroke-dasharray", *dash),
            )
            .add(Text::new(label.clone()).set("x", x + 34.0).set("y", y));
        if let Some(shape) = shape {
            g = g.add(shaped(
                (x + 14.0, y - 4.0),
                *shape,
                colour,
                Title::new(label.clone()),
            ));
        }
        x += width;
    }
    if !chart.milestones.is_empty() {
        let target = lang.text("chart-target");
        if x + 34.0 + 6.5 * target.chars().count() as f64 > RIGHT {
            x = LEFT;
            y += 18.0;
        }
        g = g
            .add(
                Polygon::new()
                    .set(
                        "points",
                        format!(
                            "{},{} {},{} {},{} {},{}",
                            x + 14.0,
                            y - 10.0,
                            x + 20.0,
                            y - 4.0,
                            x + 14.0,
                            y + 2.0,
                            x + 8.0,
                            y - 4.0
                        ),
                    )
                    .set("fill", "#ffffff")
                    .set("stroke", MILESTONE)
                    .set("stroke-width", 2),
            )
            .add(Text::new(target).set("x", x + 34.0).set("y", y));
    }
    g
}
