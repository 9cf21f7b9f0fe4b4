//! Where the map's outlines come from and what was done to them: the
//! contents of the "About this map" panel.
//!
//! The file (`assets/map/provenance.json`) is written by `cargo xtask geodata`
//! together with the map files, from the figures that run used.
//! [`Provenance::from_json`] reads it and reports every problem at once, each
//! naming the file, the record and the field.

use crate::json::from_json_record;
use crate::problem::Problem;

/// The validated provenance of the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    pub projection: ProvenanceProjection,
    /// How outlines were simplified, with the tolerance and why.
    pub simplification: String,
    /// How coordinates were rounded.
    pub quantisation: String,
    /// What a reader must keep in mind (today's borders for the 1940s).
    pub caveat: String,
    /// Every data source, in the order the panel lists them.
    pub sources: Vec<ProvenanceSource>,
}

/// The map projection, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProvenanceProjection {
    pub name: String,
    pub parameters: String,
}

/// One data source: what it is, under which licence, what it gives the map
/// and what was done to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProvenanceSource {
    pub name: String,
    pub licence: String,
    pub used_for: String,
    pub what_was_done: String,
}

from_json_record!(
    Provenance,
    lenient { projection: required, simplification: required, quantisation: required, caveat: required, sources: required }
);
from_json_record!(ProvenanceProjection, lenient { name: required, parameters: required });
from_json_record!(ProvenanceSource, lenient { name: required, licence: required, used_for: required, what_was_done: required });

impl Provenance {
    /// Reads and validates the provenance file; `file` names it in every problem.
    pub fn from_json(file: &str, text: &str) -> Result<Provenance, Vec<Problem>> {
        let provenance: Provenance =
            crate::json::from_str(text).map_err(|e| vec![Problem::whole_file(file, format!("not a valid provenance file: {e}"))])?;
        let mut problems = Vec::new();
        let mut need = |record: &str, field: &str, value: &str| {
            if value.trim().is_empty() {
                problems.push(Problem::new(file, record, field, "must not be empty"));
            }
        };
        need("projection", "name", &provenance.projection.name);
        need("projection", "parameters", &provenance.projection.parameters);
        need("", "simplification", &provenance.simplification);
        need("", "quantisation", &provenance.quantisation);
        need("", "caveat", &provenance.caveat);
        for (index, source) in provenance.sources.iter().enumerate() {
            let record =
                if source.name.trim().is_empty() { format!("source #{}", index + 1) } else { format!("source \"{}\"", source.name) };
            need(&record, "name", &source.name);
            need(&record, "licence", &source.licence);
            need(&record, "used_for", &source.used_for);
            need(&record, "what_was_done", &source.what_was_done);
        }
        if provenance.sources.is_empty() {
            problems.push(Problem::new(file, "", "sources", "at least one source must be listed"));
        }
        if problems.is_empty() {
            Ok(provenance)
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "assets/map/provenance.json";

    fn source(name: &str, licence: &str) -> String {
        format!(r#"{{"name":"{name}","licence":"{licence}","used_for":"neighbouring countries","what_was_done":"simplified"}}"#)
    }

    fn file(caveat: &str, sources: &[String]) -> String {
        format!(
            r#"{{"projection":{{"name":"Albers equal-area conic (sphere)","parameters":"central meridian 85°E"}},"simplification":"Ramer–Douglas–Peucker, tolerance 365 m","quantisation":"coordinates rounded to 100 m","caveat":"{caveat}","sources":[{}]}}"#,
            sources.join(",")
        )
    }

    fn messages(text: &str) -> Vec<String> {
        Provenance::from_json(FILE, text).unwrap_err().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_well_formed_file_loads() {
        let text = file("Boundaries are today's.", &[source("Natural Earth", "public domain"), source("echarts", "Apache-2.0")]);
        let p = Provenance::from_json(FILE, &text).unwrap();
        assert_eq!(p.projection.name, "Albers equal-area conic (sphere)");
        assert_eq!(p.quantisation, "coordinates rounded to 100 m");
        assert_eq!(p.sources.len(), 2);
        assert_eq!(p.sources[1].licence, "Apache-2.0");
        assert_eq!(p.sources[0].used_for, "neighbouring countries");
    }

    #[test]
    fn text_that_is_not_json_names_the_file() {
        let m = messages(r#"{"projection": 3"#);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("assets/map/provenance.json: not a valid provenance file"), "{}", m[0]);
    }

    #[test]
    fn a_missing_field_is_reported() {
        let m = messages(r#"{"projection":{"name":"a","parameters":"b"},"simplification":"s","quantisation":"q","sources":[]}"#);
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("caveat"), "{}", m[0]);
    }

    #[test]
    fn every_empty_string_is_reported_at_once_with_record_and_field() {
        let text = file(" ", &[source("Natural Earth", ""), source("", "MIT")]);
        assert_eq!(
            messages(&text),
            vec![
                "assets/map/provenance.json: caveat: must not be empty",
                "assets/map/provenance.json: source \"Natural Earth\", licence: must not be empty",
                "assets/map/provenance.json: source #2, name: must not be empty",
            ]
        );
    }

    #[test]
    fn a_file_without_sources_is_rejected() {
        assert_eq!(messages(&file("c", &[])), vec!["assets/map/provenance.json: sources: at least one source must be listed"]);
    }

    #[test]
    fn an_empty_projection_names_its_record() {
        let text = file("c", &[source("a", "b")]).replace("central meridian 85°E", "");
        assert_eq!(messages(&text), vec!["assets/map/provenance.json: projection, parameters: must not be empty"]);
    }
}
