//! How numbers are written for people, in one place: exactly (`9.5`, `105`; never `9.50`,
//! `105.0` or `1.05e2`), or to about four significant digits (`448.8`, `10.52`, `0.1238`) for
//! computed values such as ratios and projections.

/// A number as a person writes it: no trailing `.0`, no exponent for whole numbers.
pub fn exact(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A computed number to about four significant digits; whole numbers stay whole.
pub fn rounded(v: f64) -> String {
    if v == 0.0 || !v.is_finite() || (v.fract() == 0.0 && v.abs() < 1e15) {
        return exact(v);
    }
    let decimals = (3 - v.abs().log10().floor() as i32).clamp(0, 4);
    let scale = 10f64.powi(decimals);
    exact((v * scale).round() / scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_numbers_drop_a_trailing_zero_and_keep_every_digit() {
        assert_eq!(exact(105.0), "105");
        assert_eq!(exact(9.5), "9.5");
        assert_eq!(exact(-0.25), "-0.25");
        assert_eq!(exact(1e16), "10000000000000000");
    }

    #[test]
    fn rounded_numbers_keep_about_four_significant_digits() {
        assert_eq!(rounded(448.8123), "448.8");
        assert_eq!(rounded(10.5249), "10.52");
        assert_eq!(rounded(0.123_84), "0.1238");
        assert_eq!(rounded(12_345.6), "12346");
        assert_eq!(rounded(448.0), "448");
        assert_eq!(rounded(0.0), "0");
    }
}
