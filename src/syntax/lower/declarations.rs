//! Lowering the plan header and the one-line declarations: agencies, units, dimensions,
//! objectives, areas, elements, imports, waivers, named queries.

use super::*;

impl Lowerer<'_> {
    pub(super) fn plan_block(&mut self, pair: Pair<'_>) -> Option<PlanBlock> {
        let span = self.span(&pair);
        let mut kids = children(pair);
        let keyword = self.next(&mut kids, span, "`plan`")?;
        let keyword = self.span(&keyword);
        let title = self.next(&mut kids, span, "the plan title")?;
        let title = self.text(title);
        let mut fields = Vec::with_capacity(kids.size_hint().1.unwrap_or(0));
        for field in kids {
            fields.push(self.plan_field(field)?);
        }
        Some(PlanBlock {
            keyword,
            title,
            fields: fit(fields),
            span,
        })
    }

    pub(super) fn plan_field(&mut self, pair: Pair<'_>) -> Option<PlanField> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let kind = match rule {
            Rule::document_field => PlanFieldKind::Document(self.field_text(pair, "`document`")?),
            Rule::area_field => PlanFieldKind::Area(self.field_text(pair, "`area`")?),
            Rule::implements_field => {
                let (what, _) = self.after_keyword(pair, span, "`implements`")?;
                PlanFieldKind::Implements(if what.as_rule() == Rule::ident {
                    Implements::Plan(self.ident(&what))
                } else {
                    Implements::Document(self.text(what))
                })
            }
            Rule::basis_field => PlanFieldKind::Basis(self.field_text(pair, "`basis`")?),
            Rule::source_clause | Rule::note_field => {
                PlanFieldKind::Annotation(self.annotation(pair, span)?)
            }
            Rule::issuer_field => {
                let (id, _) = self.after_keyword(pair, span, "`issuer`")?;
                PlanFieldKind::Issuer(self.ident(&id))
            }
            Rule::signed_field => {
                let (date, mut kids) = self.after_keyword(pair, span, "`signed`")?;
                let date = self.date(&date);
                let reference = kids.next().and_then(|r| self.clause_text(r));
                PlanFieldKind::Signed { date, reference }
            }
            Rule::horizon_field => {
                let (year, _) = self.after_keyword(pair, span, "`horizon`")?;
                PlanFieldKind::Horizon(self.year(&year))
            }
            Rule::period_field => {
                let (start, mut kids) = self.after_keyword(pair, span, "`period`")?;
                let end = self.next(&mut kids, span, "`period`")?;
                PlanFieldKind::Period {
                    start: self.year(&start),
                    end: self.year(&end),
                }
            }
            _ => {
                self.internal(span, "a plan header field");
                return None;
            }
        };
        Some(PlanField { kind, span })
    }

    // ------------------------------------------------------------ declarations

    pub(super) fn agency(&mut self, pair: Pair<'_>) -> Option<AgencyDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "an agency id")?;
        let name = self.next(&mut kids, span, "an agency name")?;
        let (mut short, mut requested) = (None, None);
        for p in kids {
            match p.as_rule() {
                Rule::string => short = Some(self.text(p)),
                Rule::k_requested => requested = Some(self.span(&p)),
                _ => {}
            }
        }
        Some(AgencyDecl {
            id: self.ident(&id),
            name: self.text(name),
            short,
            requested,
            span,
        })
    }

    pub(super) fn unit_decl(&mut self, pair: Pair<'_>) -> Option<UnitDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "a unit id")?;
        let symbol = self.next(&mut kids, span, "a unit symbol")?;
        let mut decl = UnitDecl {
            id: self.ident(&id),
            symbol: self.text(symbol),
            ranges: Vec::new(),
            pers: Vec::new(),
            growth: Vec::new(),
            scales: Vec::new(),
            span,
        };
        for clause in kids {
            let clause_span = self.span(&clause);
            match clause.as_rule() {
                Rule::unit_range => {
                    let (mut min, mut max, mut seen_dots) = (None, None, false);
                    // `range MIN? .. MAX?`: the literal `..` is not a pair, so a number's
                    // side is told by its position against the dots in the source.
                    let dots = clause.as_str().find("..").unwrap_or(0) + clause.as_span().start();
                    for p in children(clause).skip(1) {
                        if p.as_rule() == Rule::number {
                            seen_dots |= p.as_span().start() > dots;
                            let n = self.number(&p);
                            if seen_dots {
                                max = Some(n);
                            } else {
                                min = Some(n);
                            }
                        }
                    }
                    decl.ranges.push(UnitRange {
                        min,
                        max,
                        span: clause_span,
                    });
                }
                Rule::unit_per => {
                    let (factor, mut kids) = self.after_keyword(clause, clause_span, "`per`")?;
                    let factor = self.number(&factor);
                    let of = kids
                        .find(|p| p.as_rule() == Rule::string)
                        .map(|p| self.text(p));
                    decl.pers.push(UnitPer {
                        factor,
                        of,
                        span: clause_span,
                    });
                }
                Rule::k_growth => decl.growth.push(clause_span),
                Rule::unit_scale => {
                    let mut kids = children(clause);
                    let factor = self.next(&mut kids, clause_span, "a factor")?;
                    let of = self.next(&mut kids, clause_span, "a unit")?;
                    decl.scales.push(UnitScale {
                        factor: self.number(&factor),
                        of: self.ident(&of),
                        span: clause_span,
                    });
                }
                _ => self.internal(clause_span, "a unit declaration"),
            }
        }
        Some(decl)
    }

    pub(super) fn dimension(&mut self, pair: Pair<'_>) -> Option<DimensionDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "a dimension id")?;
        let title = self.next(&mut kids, span, "a dimension title")?;
        let mut values = Vec::new();
        for value in kids {
            let value_span = self.span(&value);
            let mut parts = children(value);
            let id = self.next(&mut parts, value_span, "a dimension value")?;
            let title = self.next(&mut parts, value_span, "a dimension value title")?;
            values.push((self.ident(&id), self.text(title)));
        }
        Some(DimensionDecl {
            id: self.ident(&id),
            title: self.text(title),
            values,
            span,
        })
    }

    /// `element live_births "..." source "..."`: an id, a title and where the document says
    /// it. `what` names the item for a message.
    pub(super) fn named(&mut self, pair: Pair<'_>, what: &str) -> Option<Named> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, what)?;
        let title = self.next(&mut kids, span, what)?;
        let source = kids.next().and_then(|s| self.clause_text(s));
        Some(Named {
            id: self.ident(&id),
            title: self.text(title),
            source,
            span,
        })
    }

    /// `objective a "..." in chung source "..."`.
    pub(super) fn objective(&mut self, pair: Pair<'_>) -> Option<ObjectiveDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "an objective id")?;
        let title = self.next(&mut kids, span, "an objective title")?;
        let (mut parent, mut source) = (None, None);
        for clause in kids {
            if clause.as_rule() == Rule::objective_parent {
                let clause_span = self.span(&clause);
                let (id, _) = self.after_keyword(clause, clause_span, "`in`")?;
                parent = Some(self.ident(&id));
            } else {
                source = self.clause_text(clause);
            }
        }
        Some(ObjectiveDecl {
            id: self.ident(&id),
            title: self.text(title),
            parent,
            source,
            span,
        })
    }

    pub(super) fn area(&mut self, pair: Pair<'_>) -> Option<AreaDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "an area id")?;
        let name = self.next(&mut kids, span, "an area name")?;
        let (mut parents, mut kinds) = (Vec::new(), Vec::new());
        for clause in kids {
            let rule = clause.as_rule();
            let clause_span = self.span(&clause);
            let (value, _) = self.after_keyword(clause, clause_span, "`in` or `kind`")?;
            let value = self.ident(&value);
            if rule == Rule::area_parent {
                parents.push(value);
            } else {
                kinds.push(value);
            }
        }
        Some(AreaDecl {
            id: self.ident(&id),
            name: self.text(name),
            parents,
            kinds,
            span,
        })
    }

    pub(super) fn import(&mut self, pair: Pair<'_>) -> Option<ImportDecl> {
        let span = self.span(&pair);
        let (path, mut kids) = self.after_keyword(pair, span, "the path of the imported file")?;
        let alias = kids.nth(1);
        let alias = self.next(&mut alias.into_iter(), span, "the name of the import")?;
        Some(ImportDecl {
            path: self.text(path),
            alias: self.ident(&alias),
            span,
        })
    }

    pub(super) fn waive(&mut self, pair: Pair<'_>) -> Option<WaiveDecl> {
        let span = self.span(&pair);
        let (parent, mut kids) = self.after_keyword(pair, span, "the parent indicator waived")?;
        let reason = kids.nth(1);
        let reason = self.next(&mut reason.into_iter(), span, "the reason for waiving")?;
        let source = kids.next().and_then(|s| self.clause_text(s));
        Some(WaiveDecl {
            parent: self.ident(&parent),
            reason: self.text(reason),
            source,
            span,
        })
    }

    pub(super) fn query_decl(&mut self, pair: Pair<'_>) -> Option<QueryDecl> {
        let span = self.span(&pair);
        let (id, mut kids) = self.after_keyword(pair, span, "a query name")?;
        let text = self.next(&mut kids, span, "a query text")?;
        Some(QueryDecl {
            id: self.ident(&id),
            text: self.text(text),
            span,
        })
    }

    // ------------------------------------------------------------ indicators
}
