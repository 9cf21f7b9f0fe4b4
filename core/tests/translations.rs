//! The translations are complete: every language's interface file has every
//! English message with the same variables, and its content files translate
//! every event, period, zone and actor of the real data. A missing key fails here.

mod common;

use atlas_core::i18n::content::{path_of, ContentTranslation, CONTENT_FILES};
use atlas_core::i18n::messages::{file_of, Messages};
use atlas_core::i18n::Language;
use atlas_core::settings::Settings;
use common::read;

fn messages(language: Language) -> Messages {
    let file = file_of(language);
    Messages::parse(language, &file, &read(&file), None).unwrap_or_else(|p| panic!("{file}: {p:?}"))
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages(Language::English);
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let other = messages(language);
        let missing: Vec<&String> = english.ids().iter().filter(|id| !other.ids().contains(id)).collect();
        let extra: Vec<&String> = other.ids().iter().filter(|id| !english.ids().contains(id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, not in English {extra:?}", file_of(language));
        for id in english.ids() {
            assert_eq!(
                other.variables_of(id),
                english.variables_of(id),
                "{}: message {id} uses other variables than the English",
                file_of(language)
            );
        }
    }
}

#[test]
fn every_language_translates_all_the_content() {
    let geography = common::real_geography();
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let texts: Vec<String> = CONTENT_FILES.iter().map(|f| read(&path_of(language, f))).collect();
        let content = ContentTranslation::parse(language, [&texts[0], &texts[1], &texts[2]]).unwrap_or_else(|p| panic!("{p:?}"));
        let (mut history, mut places) = (geography.history.clone(), geography.places.clone());
        let problems = content.apply(&mut history, &mut places);
        assert!(problems.is_empty(), "{}:\n{}", language.code(), problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
        assert_ne!(history.events[0].title, geography.history.events[0].title, "{}: the titles are translated", language.code());
    }
}

#[test]
fn dates_read_naturally_in_every_language() {
    let day = atlas_core::date::Date::new(1944, 11, 12).unwrap();
    let said: Vec<String> = Language::ALL.into_iter().map(|l| messages(l).date(day)).collect();
    assert_eq!(said[0], "12 November 1944");
    for (language, text) in Language::ALL.iter().zip(&said) {
        assert!(text.contains("1944") && text.contains("12"), "{}: {text}", language.code());
    }
}

#[test]
fn the_settings_file_is_valid_and_its_key_moments_exist() {
    let settings = Settings::parse(&read("assets/settings.json")).unwrap_or_else(|p| panic!("{p:?}"));
    let geography = common::real_geography();
    assert_eq!(settings.check_against(&geography.history), vec![]);
}
