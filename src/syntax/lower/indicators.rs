//! Lowering indicators, their parts and fields, and targets.

use super::*;

impl Lowerer<'_> {
    /// A field of an indicator: its objective, a part, or a field of its measure.
    pub(super) fn indicator_field(&mut self, field: Pair<'_>) -> Option<IndicatorField> {
        Some(match field.as_rule() {
            Rule::objective_field => {
                let field_span = self.span(&field);
                let (id, _) = self.after_keyword(field, field_span, "`objective`")?;
                IndicatorField::Objective(self.ident(&id))
            }
            Rule::part_decl => {
                IndicatorField::Part(self.block(field, "a part", Self::measure_field)?)
            }
            _ => IndicatorField::Measure(self.measure_field(field)?),
        })
    }

    pub(super) fn measure_field(&mut self, pair: Pair<'_>) -> Option<MeasureField> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::unit_field => {
                let (name, mut kids) = self.after_keyword(pair, span, "`unit`")?;
                let of = kids
                    .find(|p| p.as_rule() == Rule::string)
                    .map(|p| self.text(p));
                MeasureFieldKind::Unit(UnitRef {
                    name: self.ident(&name),
                    of,
                })
            }
            Rule::direction_field => {
                let (d, _) = self.after_keyword(pair, span, "`direction`")?;
                let value = self.word(&d, &DIRECTIONS, "a direction")?;
                MeasureFieldKind::Direction(DirectionLit {
                    value,
                    span: self.span(&d),
                })
            }
            Rule::baseline_field => {
                let (year, kids) = self.after_keyword(pair, span, "`baseline`")?;
                let (mut value, mut reference) = (None, None);
                for kid in kids {
                    match kid.as_rule() {
                        Rule::number => value = Some(self.number(&kid)),
                        _ => reference = self.clause_text(kid),
                    }
                }
                MeasureFieldKind::Baseline {
                    year: self.year(&year),
                    value,
                    reference,
                }
            }
            Rule::target_field => MeasureFieldKind::Target(Box::new(self.target(pair, span)?)),
            Rule::lead_field | Rule::support_field => {
                MeasureFieldKind::Owner(self.ownership(pair, span)?)
            }
            Rule::source_clause | Rule::note_field => {
                MeasureFieldKind::Annotation(self.annotation(pair, span)?)
            }
            Rule::formula_field => {
                let (numerator, mut kids) = self.after_keyword(pair, span, "a numerator")?;
                let denominator = self.next(&mut kids, span, "a denominator")?;
                let factor = kids.next().map(|f| self.number(&f));
                MeasureFieldKind::Formula {
                    numerator: self.ident(&numerator),
                    denominator: self.ident(&denominator),
                    factor,
                }
            }
            Rule::total_field => MeasureFieldKind::Total(Box::new(self.total_of(pair, span)?)),
            Rule::scope_field => {
                let (first, rest) = self.after_keyword(pair, span, "areas or `where`")?;
                let scope = if first.as_rule() == Rule::where_clause {
                    let mut parts = children(first).skip(1);
                    let dimension = self.next(&mut parts, span, "`where`")?;
                    let value = self.next(&mut parts, span, "`where`")?;
                    ScopeLit::Value(Split {
                        dimension: self.ident(&dimension),
                        value: self.ident(&value),
                    })
                } else {
                    let areas = std::iter::once(first).chain(rest);
                    ScopeLit::Areas(areas.map(|a| self.ident(&a)).collect())
                };
                MeasureFieldKind::Scope(Box::new(scope))
            }
            Rule::flow_field => MeasureFieldKind::Flow(FlowLit {
                cumulative: children(pair).any(|p| p.as_rule() == Rule::k_cumulative),
                span,
            }),
            Rule::aggregate_field => {
                let (how, _) = self.after_keyword(pair, span, "an aggregation")?;
                MeasureFieldKind::Aggregate(if how.as_rule() == Rule::aggregate_weighted {
                    let weight = children(how).nth(2);
                    let weight = self.next(&mut weight.into_iter(), span, "a weight")?;
                    AggregateLit::Weighted(self.ident(&weight))
                } else {
                    self.word(&how, &AGGREGATES, "an aggregation")?
                })
            }
            Rule::maps_field => {
                let mut kids = children(pair);
                let keyword = self.next(&mut kids, span, "`adopts` or `adapts`")?;
                let parent = self.next(&mut kids, span, "a parent indicator")?;
                let mut mapping = Mapping {
                    parent: self.ident(&parent),
                    adapted_because: None,
                    reference: None,
                };
                if keyword.as_rule() == Rule::k_adapts {
                    let reason = kids.nth(1);
                    let reason = self.next(&mut reason.into_iter(), span, "a reason")?;
                    mapping.adapted_because = Some(self.text(reason));
                }
                mapping.reference = kids.next().and_then(|r| self.clause_text(r));
                MeasureFieldKind::Maps(Box::new(mapping))
            }
            _ => {
                self.internal(span, "an indicator field");
                return None;
            }
        };
        Some(MeasureField { kind, span })
    }

    pub(super) fn comparator(&mut self, pair: &Pair<'_>) -> Option<ComparatorLit> {
        Some(ComparatorLit {
            value: self.word(pair, &COMPARATORS, "a comparison")?,
            span: self.span(pair),
        })
    }

    /// What a word the grammar reads from a fixed list means (`increase`, `half-year`...).
    pub(super) fn word<T: Clone>(
        &mut self,
        pair: &Pair<'_>,
        values: &Values<T>,
        what: &str,
    ) -> Option<T> {
        let meaning = values.meaning(pair.as_str());
        if meaning.is_none() {
            let span = self.span(pair);
            self.internal(span, what);
        }
        meaning
    }

    pub(super) fn value_range(&mut self, pair: Pair<'_>) -> Option<ValueRange> {
        let span = self.span(&pair);
        let within = children(pair.clone()).find(|p| p.as_rule() == Rule::tolerance);
        let within = match within {
            Some(t) => Some(Box::new(self.tolerance(t)?)),
            None => None,
        };
        let mut numbers = children(pair).filter(|p| p.as_rule() == Rule::number);
        let min = self.next(&mut numbers, span, "a value")?;
        let min = self.number(&min);
        let max = numbers.next().map(|p| self.number(&p));
        Some(ValueRange {
            min,
            max,
            within,
            span,
        })
    }

    /// `within 0.5 points`.
    pub(super) fn tolerance(&mut self, pair: Pair<'_>) -> Option<Tolerance> {
        let span = self.span(&pair);
        let mut kids = children(pair).skip(1);
        let amount = self.next(&mut kids, span, "a tolerance")?;
        let unit = self.next(&mut kids, span, "`points` or `percent`")?;
        Some(Tolerance {
            amount: self.number(&amount),
            unit: self.word(&unit, &RATE_UNITS, "a rate unit")?,
            span,
        })
    }

    /// A `target` field, whose span the caller has already worked out.
    pub(super) fn target(&mut self, pair: Pair<'_>, span: Span) -> Option<TargetSpec> {
        let (body, kids) = self.after_keyword(pair, span, "a target")?;
        let kind = match body.as_rule() {
            Rule::level_target => self.level_target(body)?,
            Rule::maintain_target => self.maintain_target(body)?,
            Rule::rate_target | Rule::change_target => self.rate_target(body)?,
            Rule::yearly_target => self.yearly_target(body)?,
            _ => {
                self.internal(span, "a target");
                return None;
            }
        };
        let mut spec = TargetSpec {
            kind,
            strive: false,
            split: None,
            reference: None,
        };
        for modifier in kids {
            match modifier.as_rule() {
                Rule::strive => spec.strive = true,
                Rule::ref_clause => spec.reference = self.clause_text(modifier),
                Rule::where_clause => {
                    let mut parts = children(modifier).skip(1);
                    let dimension = self.next(&mut parts, span, "`where`")?;
                    let value = self.next(&mut parts, span, "`where`")?;
                    spec.split = Some(Box::new(Split {
                        dimension: self.ident(&dimension),
                        value: self.ident(&value),
                    }));
                }
                _ => self.internal(span, "a target modifier"),
            }
        }
        Some(spec)
    }

    pub(super) fn level_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let mut kids = children(pair).peekable();
        let at = match kids.peek() {
            Some(p) if p.as_rule() == Rule::milestone => {
                let pair = kids.next()?;
                Some(self.milestone(pair)?)
            }
            _ => None,
        };
        let op = self.next_in(&mut kids, &whole, "a comparator")?;
        let value = self.next_in(&mut kids, &whole, "a target value")?;
        Some(TargetKind::Level {
            at,
            op: self.comparator(&op)?,
            value: self.value_range(value)?,
        })
    }

    pub(super) fn maintain_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let mut kids = children(pair).filter(|p| {
            matches!(
                p.as_rule(),
                Rule::comparator | Rule::value_range | Rule::year
            )
        });
        let op = self.next_in(&mut kids, &whole, "a comparator")?;
        let value = self.next_in(&mut kids, &whole, "a value")?;
        let from = self.next_in(&mut kids, &whole, "`from`")?;
        let until = self.next_in(&mut kids, &whole, "`until`")?;
        Some(TargetKind::Maintain {
            op: self.comparator(&op)?,
            value: self.value_range(value)?,
            from: self.year(&from),
            until: self.year(&until),
        })
    }

    /// A `rate_target` (per year) or a `change_target` (over a span): the same words but
    /// `per year`.
    pub(super) fn rate_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let per_year = pair.as_rule() == Rule::rate_target;
        let (mut change, mut value, mut unit) = (None, None, None);
        let (mut from, mut until, mut op) = (None, None, None);
        let mut last_keyword = Rule::k_by;
        for p in children(pair) {
            match p.as_rule() {
                Rule::comparator => op = Some(self.comparator(&p)?),
                Rule::rate_direction => {
                    change = Some(self.word(&p, &RATE_CHANGES, "a change")?);
                }
                Rule::value_range => value = self.value_range(p),
                Rule::rate_unit => unit = Some(self.word(&p, &RATE_UNITS, "a rate unit")?),
                Rule::year if last_keyword == Rule::k_from => from = Some(self.year(&p)),
                Rule::year => until = Some(self.year(&p)),
                other => last_keyword = other,
            }
        }
        match (change, value, unit) {
            (Some(change), Some(value), Some(unit)) => {
                let by = ChangeBy {
                    change,
                    op,
                    value,
                    unit,
                    from,
                    until,
                };
                Some(if per_year {
                    TargetKind::Rate(by)
                } else {
                    TargetKind::Change(by)
                })
            }
            _ => {
                let span = self.span(&whole);
                self.internal(span, "a rate target");
                None
            }
        }
    }

    /// `reduce every year from 2025 until 2030`.
    pub(super) fn yearly_target(&mut self, pair: Pair<'_>) -> Option<TargetKind> {
        let whole = pair.clone();
        let (mut change, mut from, mut until) = (None, None, None);
        let mut last_keyword = Rule::k_every;
        for p in children(pair) {
            match p.as_rule() {
                Rule::rate_direction => {
                    change = Some(self.word(&p, &RATE_CHANGES, "a change")?);
                }
                Rule::year if last_keyword == Rule::k_from => from = Some(self.year(&p)),
                Rule::year => until = Some(self.year(&p)),
                other => last_keyword = other,
            }
        }
        match change {
            Some(change) => Some(TargetKind::EveryYear {
                change,
                from,
                until,
            }),
            None => {
                let span = self.span(&whole);
                self.internal(span, "a yearly target");
                None
            }
        }
    }

    // ------------------------------------------------------------ projects and tasks
}
