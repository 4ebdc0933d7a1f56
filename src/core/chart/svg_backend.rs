//! The plotters backend the charts draw with: SVG markup into a string, the
//! same markup plotters' own `SVGBackend` (plotters-svg 0.3, MIT) writes, for
//! the shapes the charts use. Ours because plotters-svg writes its two float
//! attributes (`font-size`, `opacity`) with `format!("{}")`, which links
//! `core::fmt`'s float code (15 KB of wasm) into every browser core; here
//! they go through `core::number::plain`, which writes the same text.

use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};

use crate::core::html::escape_into;
use crate::core::number::plain;

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// Draws into `buf`, which holds the finished `<svg>` once `present` runs
/// (or the backend is dropped).
pub struct SvgBackend<'a> {
    buf: &'a mut String,
    size: (u32, u32),
    open: Vec<&'static str>,
}

impl<'a> SvgBackend<'a> {
    pub fn with_string(buf: &'a mut String, size: (u32, u32)) -> Self {
        let mut backend = Self { buf, size, open: Vec::new() };
        let (w, h) = (size.0.to_string(), size.1.to_string());
        let view_box = format!("0 0 {w} {h}");
        backend.open_tag(
            "svg",
            &[
                ("width", &w),
                ("height", &h),
                ("viewBox", &view_box),
                ("xmlns", "http://www.w3.org/2000/svg"),
            ],
            false,
        );
        backend
    }

    fn open_tag(&mut self, tag: &'static str, attrs: &[(&str, &str)], close: bool) {
        self.buf.push('<');
        self.buf.push_str(tag);
        for (key, value) in attrs {
            self.buf.push(' ');
            self.buf.push_str(key);
            self.buf.push_str("=\"");
            escape_into(self.buf, value);
            self.buf.push('"');
        }
        if close {
            self.buf.push_str("/>\n");
        } else {
            self.open.push(tag);
            self.buf.push_str(">\n");
        }
    }

    fn close_tag(&mut self) -> bool {
        let Some(tag) = self.open.pop() else { return false };
        self.buf.push_str("</");
        self.buf.push_str(tag);
        self.buf.push_str(">\n");
        true
    }
}

/// "#1A2B3C".
fn svg_color(color: BackendColor) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let (r, g, b) = color.rgb;
    let mut out = String::with_capacity(7);
    out.push('#');
    for byte in [r, g, b] {
        out.push(HEX[(byte >> 4) as usize] as char);
        out.push(HEX[(byte & 15) as usize] as char);
    }
    out
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    let mut out = String::new();
    for (x, y) in path {
        out.push_str(&x.to_string());
        out.push(',');
        out.push_str(&y.to_string());
        out.push(' ');
    }
    out
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        while self.close_tag() {}
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.open_tag(
            "rect",
            &[
                ("x", &point.0.to_string()),
                ("y", &point.1.to_string()),
                ("width", "1"),
                ("height", "1"),
                ("stroke", "none"),
                ("opacity", &plain(color.alpha)),
                ("fill", &svg_color(color)),
            ],
            true,
        );
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.open_tag(
            "line",
            &[
                ("opacity", &plain(style.color().alpha)),
                ("stroke", &svg_color(style.color())),
                ("stroke-width", &style.stroke_width().to_string()),
                ("x1", &from.0.to_string()),
                ("y1", &from.1.to_string()),
                ("x2", &to.0.to_string()),
                ("y2", &to.1.to_string()),
            ],
            true,
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let color = svg_color(style.color());
        let (fill, stroke) = if fill { (color.as_str(), "none") } else { ("none", color.as_str()) };
        self.open_tag(
            "rect",
            &[
                ("x", &upper_left.0.to_string()),
                ("y", &upper_left.1.to_string()),
                ("width", &(bottom_right.0 - upper_left.0).to_string()),
                ("height", &(bottom_right.1 - upper_left.1).to_string()),
                ("opacity", &plain(style.color().alpha)),
                ("fill", fill),
                ("stroke", stroke),
            ],
            true,
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.open_tag(
            "polyline",
            &[
                ("fill", "none"),
                ("opacity", &plain(style.color().alpha)),
                ("stroke", &svg_color(style.color())),
                ("stroke-width", &style.stroke_width().to_string()),
                ("points", &points(path)),
            ],
            true,
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.open_tag(
            "polygon",
            &[
                ("opacity", &plain(style.color().alpha)),
                ("fill", &svg_color(style.color())),
                ("points", &points(path)),
            ],
            true,
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let color = svg_color(style.color());
        let (stroke, fill) = if fill { ("none", color.as_str()) } else { (color.as_str(), "none") };
        self.open_tag(
            "circle",
            &[
                ("cx", &center.0.to_string()),
                ("cy", &center.1.to_string()),
                ("r", &radius.to_string()),
                ("opacity", &plain(style.color().alpha)),
                ("fill", fill),
                ("stroke", stroke),
                ("stroke-width", &style.stroke_width().to_string()),
            ],
            true,
        );
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (pos.0.to_string(), pos.1.to_string());
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        // plotters scales a font's size by 1.24 and the SVG writes it back
        // (core::chart::draw::PLOTTERS_FONT_SCALE).
        let size = plain(style.size() / 1.24);
        let opacity = plain(color.alpha);
        let fill = svg_color(color);
        let family = style.family();
        let mut attrs: Vec<(&str, &str)> = vec![
            ("x", &x),
            ("y", &y),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", &size),
            ("opacity", &opacity),
            ("fill", &fill),
        ];
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => attrs.push(("font-weight", "bold")),
            FontStyle::Italic => attrs.push(("font-style", "italic")),
            FontStyle::Oblique => attrs.push(("font-style", "oblique")),
        }
        let turn = match style.transform() {
            FontTransform::Rotate90 => Some("90"),
            FontTransform::Rotate180 => Some("180"),
            FontTransform::Rotate270 => Some("270"),
            _ => None,
        };
        let transform = turn.map(|deg| format!("rotate({deg}, {x}, {y})"));
        if let Some(transform) = &transform {
            attrs.push(("transform", transform));
        }
        self.open_tag("text", &attrs, false);
        escape_into(self.buf, text);
        self.buf.push('\n');
        self.close_tag();
        Ok(())
    }
}

impl Drop for SvgBackend<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}
