"""English extraction on sentences written for these tests."""

from chancery.extract import extract
from chancery.language.en import find_mentions
from chancery.records import Article


def run(text: str, published: str | None = "2023-03-10"):
    article = Article(id="t", url="test:", title=None, published=published, language="en", text=text)
    return extract(article)


def actor(result, name):
    return next(a for a in result.actors if a.name == name)


def roles(result, name):
    return [(r.title, r.of) for r in actor(result, name).roles]


def test_titled_person_with_organization_and_role():
    r = run("Director-General Maria Lopez of the Regional Heritage Institute met with Foreign Minister Tomas Berg on March 8.")
    lopez = actor(r, "Maria Lopez")
    assert lopez.kind == "person"
    assert [(x.title, x.of) for x in lopez.roles] == [("Director-General", "Regional Heritage Institute")]
    assert actor(r, "Regional Heritage Institute").kind == "organization"


def test_acronym_defined_in_text_is_an_alias():
    r = run("The Northern Water Research Centre (NWRC) signed an agreement with UNESCO on 2 March 2023. NWRC will host a training course.")
    centre = actor(r, "Northern Water Research Centre")
    assert "NWRC" in centre.aliases


def test_short_title_form_resolves_to_full_name():
    r = run(
        "Vice Minister of Culture Park Min-jae met with Deputy Director-General Anna Weiss on March 9.\n"
        "Vice Minister Park thanked Deputy Director-General Weiss for her support."
    )
    names = {a.name for a in r.actors if a.kind == "person"}
    assert names == {"Park Min-jae", "Anna Weiss"}
    assert "Vice Minister Park" in actor(r, "Park Min-jae").aliases


def test_apposition_gives_a_role():
    r = run("The delegation was received by Kenji Sato, President of the Pacific Ocean Foundation, on Tuesday.")
    sato = actor(r, "Kenji Sato")
    assert ("President", "Pacific Ocean Foundation") in [(x.title, x.of) for x in sato.roles]


def test_state_title_defaults_to_the_country_of_the_article():
    r = run("Foreign Minister Ana Costa of Portugal met with Prime Minister Luis Mendes in Lisbon.")
    assert actor(r, "Ana Costa").roles[0].of == "Portugal"


def test_headline_verbs_are_not_names():
    r = run("Foreign Minister Meets Heritage Experts\nForeign Minister Ana Costa met heritage experts in Lisbon on March 1.")
    assert {a.name for a in r.actors if a.kind == "person"} == {"Ana Costa"}


def test_meeting_with_date_place_participants_and_evidence():
    text = "Minister Ana Costa met with Director-General Maria Lopez in Paris on 8 March 2023 to discuss heritage."
    r = run(text)
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert meeting.participants == ("Ana Costa", "Maria Lopez")
    assert meeting.date == "2023-03-08"
    assert meeting.place == "Paris"
    assert meeting.status == "happened"
    assert text[meeting.start:meeting.end] == meeting.evidence
    assert (meeting.cameo, meeting.plover) == ("040", "CONSULT")


def test_planned_event_is_kept_as_planned():
    r = run("The Ocean Science Forum will take place in Busan on 10-12 May 2023, hosted by the Marine Policy Institute.")
    (conf,) = [e for e in r.events if e.type == "conference"]
    assert conf.status == "planned"
    assert conf.date == "2023-05-10/2023-05-12"
    assert conf.name == "The Ocean Science Forum"
    assert (conf.cameo, conf.plover) == ("036", "AGREE")


def test_agreement_between_organizations():
    r = run("On 1 March 2023, the Lake Region Water Agency and the National Hydrology Institute signed a memorandum of understanding.")
    (agreement,) = [e for e in r.events if e.type == "agreement"]
    assert set(agreement.participants) == {"Lake Region Water Agency", "National Hydrology Institute"}
    assert agreement.date == "2023-03-01"


def test_one_event_for_one_meeting_told_twice():
    r = run(
        "Minister Ana Costa met with Director-General Maria Lopez on March 8.\n"
        "During the meeting, Minister Costa and Director-General Lopez also held talks on education."
    )
    assert len([e for e in r.events if e.type == "meeting"]) == 1


def test_two_meetings_with_different_people_stay_apart():
    r = run(
        "Minister Ana Costa met with Director-General Maria Lopez on March 8.\n"
        "On March 9, Minister Costa met with President Kenji Sato of the Pacific Ocean Foundation."
    )
    meetings = [e for e in r.events if e.type == "meeting"]
    assert len(meetings) == 2


def test_every_evidence_span_quotes_the_text():
    text = (
        "The Island Culture Centre (ICC) was established in 2015.\n"
        "Korea will contribute 2 million dollars to the ICC next year.\n"
        "The ICC published a report on traditional crafts in January 2023."
    )
    r = run(text)
    assert {e.type for e in r.events} >= {"establishment", "aid", "publication"}
    for e in r.events:
        assert text[e.start:e.end] == e.evidence


def test_headline_restating_the_story_adds_no_event():
    title = "Costa meets with UNESCO chief in Paris"
    text = title + "\nMinister of Culture Ana Costa met with UNESCO Director-General Maria Lopez in Paris on March 8."
    with_title = extract(Article(id="t", url="test:", title=title, published="2023-03-10", language="en", text=text))
    (meeting,) = [e for e in with_title.events if e.type == "meeting"]
    assert meeting.date == "2023-03-08"
    assert meeting.evidence.startswith("Minister of Culture")
    without_title = run(text)
    (meeting,) = [e for e in without_title.events if e.type == "meeting"]
    assert meeting.evidence == title


def test_currency_is_not_a_country():
    r = run("Portugal will provide US$3 million to the Regional Heritage Institute next year.")
    assert "United States" not in {a.name for a in r.actors}
    (aid,) = [e for e in r.events if e.type == "aid"]
    assert aid.status == "planned"


def test_sentences_split_even_without_a_space():
    from chancery.language.en import sentences

    text = "It ranks third with 26.During the visit, Minister Costa spoke. The U.S. Envoy Mr. Sato agreed."
    assert [text[a:b] for a, b in sentences(text)] == [
        "It ranks third with 26.", "During the visit, Minister Costa spoke.", "The U.S. Envoy Mr. Sato agreed."]


def test_visit_names_the_visitor_and_the_destination():
    r = run("Minister of Culture Ana Costa, who is on an official visit to Japan, met with Director-General Maria Lopez on March 8.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("Ana Costa", "Japan")


def test_non_breaking_spaces_are_spaces():
    r = run("Pacific Ocean Foundation\u00a0President\u00a0Kenji Sato met with Minister Ana Costa on March 8.")
    sato = actor(r, "Kenji Sato")
    assert [(x.title, x.of) for x in sato.roles] == [("President", "Pacific Ocean Foundation")]


def test_role_held_in_an_acronym_defined_earlier():
    r = run("The Northern Water Research Centre (NWRC) hosted the talks.\n"
            "Mr. Kenji Sato, NWRC Director, met with Minister Ana Costa on March 8.")
    sato = actor(r, "Kenji Sato")
    assert ("Director", "Northern Water Research Centre") in [(x.title, x.of) for x in sato.roles]


def test_a_plural_body_before_countries_gives_one_body_per_country():
    r = run("In 2022 the Korean commission met the National Commissions for UNESCO of Fiji, Samoa, and the Philippines in Suva.")
    names = {a.name for a in r.actors if a.kind == "organization"}
    assert {"National Commission for UNESCO of Fiji", "National Commission for UNESCO of Samoa",
            "National Commission for UNESCO of the Philippines"} <= names
    assert not {"Fiji", "Samoa", "Philippines"} & {a.name for a in r.actors}


def test_and_the_starts_a_new_organization():
    r = run("The Seongbuk District Office and the Northern Heritage Foundation signed an agreement on March 2.")
    names = {a.name for a in r.actors}
    assert {"Seongbuk District Office", "Northern Heritage Foundation"} <= names


def test_an_acronym_after_a_headed_name_is_a_body_of_its_own():
    r = run("The Korean Embassy and MINEDUC held talks in Kigali on March 3.")
    assert "Korean Embassy" in {a.name for a in r.actors}
    assert not any(" and " in a.name for a in r.actors)


def test_a_known_name_qualifying_another_name_is_no_actor():
    r = run("Korea joined the UN Global Literacy Initiative on March 1 and hosted the UNESCO General Conference side event.")
    names = {a.name for a in r.actors}
    assert "United Nations" not in names
    assert "UNESCO" in names


def test_a_gathering_is_not_an_organization():
    r = run("The Coordinating Bureau Meeting was held in Seoul on March 4.")
    assert "Coordinating Bureau Meeting" not in {a.name for a in r.actors}


def test_unesco_full_name_is_one_alias():
    r = run("The United Nations Educational, Scientific and Cultural Organization opened an office in Seoul on March 5.")
    assert [a.name for a in r.actors if a.kind == "organization"] == ["UNESCO"]


def test_a_surname_of_two_words_joins_the_full_name():
    r = run("Director Jean-Paul Le Roux of the Regional Heritage Institute met Minister Ana Costa on March 8.\n"
            "Mr. Le Roux thanked the minister.")
    assert "Le Roux" not in {a.name for a in r.actors}
    assert "Mr. Le Roux" in actor(r, "Jean-Paul Le Roux").aliases


def test_a_surname_two_people_share_goes_to_the_one_named_last():
    r = run("Vice Minister Kim Min-ho met Ambassador Kim Ji-won on March 8.\n"
            "Ambassador Kim Ji-won spoke first. Kim then presented the plan.")
    assert "Kim" not in {a.name for a in r.actors}
    assert "Kim" in actor(r, "Kim Ji-won").aliases


def test_a_meeting_does_not_list_the_body_a_participant_works_for():
    r = run("Director-General Maria Lopez of the Regional Heritage Institute met with the Lisbon City Council on March 8.")
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert "Regional Heritage Institute" not in meeting.participants
    assert set(meeting.participants) == {"Maria Lopez", "Lisbon City Council"}


def test_agreements_named_differently_are_two_agreements():
    r = run("The Northern Heritage Foundation and UNESCO signed the 'Green Schools' memorandum on March 2.\n"
            "The Northern Heritage Foundation and UNESCO also signed the 'Living Archives' memorandum on March 2.")
    names = sorted(e.name for e in r.events if e.type == "agreement")
    assert names == ["Green Schools", "Living Archives"]


def test_a_group_of_people_before_a_body_is_not_part_of_its_name():
    r = run("Officials of the Northern Heritage Foundation met Minister Ana Costa on March 3.")
    assert "Northern Heritage Foundation" in {a.name for a in r.actors}
    assert not any(a.name.startswith("Officials") for a in r.actors)


def test_an_office_after_a_known_body_is_one_organization():
    r = run("The meeting was attended by the World Health Organization (WHO) Jakarta Office, "
            "the UN Children's Fund (UNICEF) Representation in Ghana and UNICEF Nairobi Liaison Office.")
    names = {a.name for a in r.actors}
    assert {"World Health Organization Jakarta Office", "UN Children's Fund Representation in Ghana",
            "UNICEF Nairobi Liaison Office"} <= names
    assert "Jakarta Office" not in names
    assert "World Health Organization" not in names


def test_an_office_name_does_not_stop_before_its_own_of_phrase():
    r = run("Officials of UNICEF Regional Training Centre for Information and Communication Technology met on 3 March.")
    assert "UNICEF Regional Training Centre" not in {a.name for a in r.actors}


def test_an_acronym_names_the_last_body_of_a_joined_phrase():
    r = run("The Northern Heritage Institute and the Ministry of Culture of Chile (MINCAP) co-organized a workshop on 2 March.")
    assert "MINCAP" in actor(r, "Ministry of Culture of Chile").aliases
    assert "Northern Heritage Institute" in {a.name for a in r.actors}


def test_a_visit_named_before_its_visitor_takes_the_person_after_it():
    r = run("During her official visit to Chile on 6 March, Culture Minister Ana Costa met Director Hugo Lima.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("Ana Costa", "Chile")


def test_a_visit_to_a_city_has_no_destination_actor():
    r = run("During his trip to Lisbon, Northern Heritage Institute Director Hugo Lima met the press on 6 March.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("Hugo Lima",)


def test_a_headline_joining_a_meeting_adds_no_body_a_participant_heads():
    headline = "Minister Meets with the UNICEF Executive Director"
    text = headline + "\n\nOn 6 March, Culture Minister Ana Costa met with UNICEF Executive Director Hugo Lima in Lisbon."
    r = extract(Article(id="t", url="test:", title=headline, published="2023-03-10", language="en", text=text))
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert set(meeting.participants) == {"Ana Costa", "Hugo Lima"}


def test_in_a_meeting_with_is_a_meeting_cue_and_the_chief_is_the_named_head():
    r = run("Culture Minister Ana Costa raised the issue in a meeting with the UNICEF chief in Lisbon on Tuesday.\n"
            "Costa held a one-hour meeting with UNICEF Executive Director Hugo Lima.", published="2023-03-09")
    meetings = [e for e in r.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date == "2023-03-07"
    assert {"Ana Costa", "Hugo Lima"} <= set(meetings[0].participants)


def test_meetings_with_two_different_counterparts_stay_two():
    r = run("Culture Minister Ana Costa met UNICEF Executive Director Hugo Lima on 6 March.\n"
            "Minister Costa also met UNDP Administrator Rita Moss on 6 March.")
    assert len([e for e in r.events if e.type == "meeting"]) == 2


def test_undated_meetings_of_a_visitor_take_the_visit_dates():
    r = run("From 6 to 9 March 2023, UNICEF Executive Director Hugo Lima paid an official visit to Chile.\n"
            "In Santiago, Lima met with Culture Minister Ana Costa.")
    by_type = {e.type: e.date for e in r.events}
    assert by_type["visit"] == "2023-03-06/2023-03-09"
    assert by_type["meeting"] == "2023-03"


def test_a_full_name_with_commas_before_its_acronym_is_one_name():
    r = run("Chile agreed to give the U.N. Educational, Scientific and Cultural Organization (UNESCO) US$5 million on 6 March.")
    unesco = actor(r, "UNESCO")
    assert "U.N. Educational, Scientific and Cultural Organization" in unesco.aliases
    assert "United Nations" not in {a.name for a in r.actors}


def test_the_parties_are_the_bodies_named_before():
    r = run("The Northern Heritage Institute and the Chilean Ministry of Culture will work together on heritage education.\n"
            "The parties signed a memorandum of understanding on 6 March.")
    (agreement,) = [e for e in r.events if e.type == "agreement"]
    assert {"Northern Heritage Institute", "Chilean Ministry of Culture"} <= set(agreement.participants)


def test_a_bare_title_joins_the_role_already_given_to_the_person():
    r = run("Chilean President Ana Costa met UNICEF Executive Director Hugo Lima on 6 March.\n"
            "They discussed aid to Peru, Peru and Peru.\n“President Costa thanked UNICEF,” Lima said.")
    assert roles(r, "Ana Costa") == [("President", "Chile")]


def test_a_title_for_a_field_belongs_to_the_body_named_after_it():
    r = run("The talks were chaired by Hugo Lima, Director General for Cultural Affairs of the Ministry of Culture of Chile.")
    assert roles(r, "Hugo Lima") == [
        ("Director General for Cultural Affairs", "Ministry of Culture of Chile")]


def test_an_apposition_title_before_and_goes_to_the_name_before_it():
    r = run("Hugo Lima, Head of UNICEF-SA and Ana Costa, Director of the Chilean Heritage Institute, opened the forum.")
    assert [x.title for x in actor(r, "Hugo Lima").roles] == ["Head of UNICEF-SA"]
    assert roles(r, "Ana Costa") == [("Director", "Chilean Heritage Institute")]


def test_spellings_of_one_body_and_one_person_are_one_actor():
    r = run("The Chilean National Commission for UNESCO and UNICEF signed an agreement on 6 March at the Chile NATCOM HQ.\n"
            "Mr Hugo LIMA, Secretary General of the Chilean NATCOM, thanked UNICEF. Mr Hugo Lima said the Chile NatCom will host a forum.")
    names = [a.name for a in r.actors]
    assert names.count("Chilean National Commission for UNESCO") == 1
    assert not any("NATCOM" in n.upper() for n in names)
    assert [n for n in names if n.casefold() == "hugo lima"] == ["Hugo LIMA"]


def test_a_publisher_alone_on_its_line_is_no_actor():
    text = "Culture Minister Ana Costa met UNESCO Director-General Hugo Lima on 6 March.\n\nThe UNICEF\n"
    assert [m.start for m in find_mentions(text) if m.name == "UNICEF"] == []
    assert "UNESCO" in {m.name for m in find_mentions(text)}


def test_a_known_body_naming_a_kind_of_body_is_no_mention():
    text = "UNICEF works with other UN agencies and the U.N. education body. The UN APCICT hosted a workshop."
    assert [m.name for m in find_mentions(text)] == ["UNICEF"]
    assert "United Nations" in {m.name for m in find_mentions("UNICEF and the UN signed an agreement.")}


def test_the_meeting_without_a_cue_of_its_own_refers_back_to_the_latest_gathering():
    r = run("The 2023 Andean Heritage Network Meeting was held in Lima on 6 March.\n"
            "The meeting was organized by the Northern Heritage Institute and UNICEF.")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert {"Northern Heritage Institute", "UNICEF"} <= set(meeting.participants)
    assert meeting.date == "2023-03-06"


def test_a_meeting_was_arranged_is_a_meeting():
    r = run("On 7 March, a meeting was arranged at the request of UNICEF Executive Director Hugo Lima.")
    assert [e.type for e in r.events] == ["meeting"]


def test_countries_listed_as_where_something_happens_are_places():
    text = "UNICEF will open centres in partner countries in the Andes including Peru, Bolivia and Ecuador."
    assert [m.name for m in find_mentions(text)] == ["UNICEF"]
    text = "Delegations including Peru, Bolivia and Ecuador signed the declaration."
    assert {"Peru", "Bolivia", "Ecuador"} <= {m.name for m in find_mentions(text)}


def test_a_body_named_with_and_without_its_country_is_one_actor():
    r = run("UNICEF signed an agreement with the Andes Heritage University of Peru on 6 March. "
            "The Andes Heritage University will host the centre.")
    names = [a.name for a in r.actors if "Andes" in a.name]
    assert names == ["Andes Heritage University of Peru"]


def test_a_body_named_after_an_indefinite_article_is_a_description():
    text = "The Andes Heritage Centre (a UNESCO Category II Centre) met each participating National Commission."
    names = {m.name for m in find_mentions(text)}
    assert "Andes Heritage Centre" in names
    assert not names & {"UNESCO Category II Centre", "National Commission"}
    assert "UNESCO" in {m.name for m in find_mentions("Costa raised it in a meeting with UNESCO officials.")}


def test_a_country_after_its_city_is_part_of_the_place():
    assert "France" not in {m.name for m in find_mentions("UNICEF keeps an office in Paris, France, for its work.")}
    assert "France" in {m.name for m in find_mentions("UNICEF and France signed an agreement.")}


def test_a_capital_acting_is_its_government():
    text = "Lima has filed a protest. Costa hopes Lima's support will help. The office in Lima opened."
    found = [(m.text, m.name, m.kind) for m in find_mentions(text)]
    assert found == [("Lima", "Peru", "country"), ("Lima", "Peru", "country")]


def test_local_governments_acting_are_organizations():
    text = "Arequipa city and the district of Dobong-gu signed an agreement at a forum hosted by Cusco."
    found = {(m.name, m.kind) for m in find_mentions(text)}
    assert {("Arequipa city", "organization"), ("Dobong-gu", "organization"), ("Cusco", "organization")} <= found


def test_a_title_after_a_possessive_body_belongs_to_that_body():
    r = run("“We act,” said Mr Hugo Lima, UNICEF’s Director. Ms Ana Maria Costa, Director of UNICEF’s Division for Rights, "
            "Peace and Development, spoke next.")
    assert roles(r, "Hugo Lima") == [("Director", "UNICEF")]
    assert roles(r, "Ana Maria Costa") == [("Director", "UNICEF")]


def test_a_korean_surname_after_a_title_is_a_person():
    r = run("Director Kwon of UNICEF met the delegation on 6 March.")
    assert roles(r, "Kwon") == [("Director", "UNICEF")]


def test_a_district_is_the_body_of_its_mayor_but_a_given_name_is_no_district():
    r = run("Mayor of Dobong-gu Oh Eun-seok and Secretary General Han Kyung-gu signed an agreement on 6 March.")
    assert roles(r, "Oh Eun-seok") == [("Mayor", "Dobong-gu")]
    assert actor(r, "Han Kyung-gu").kind == "person"


def test_a_unit_of_a_known_body_joins_the_title():
    r = run("The talks were chaired by Mr. Hugo Lima, Director of the Bureau of Field Planning (BFP) of UNICEF, "
            "and Director of the Policy Office of UNICEF Kim Min-jun spoke on 6 March.")
    assert roles(r, "Hugo Lima") == [("Director of the Bureau of Field Planning", "UNICEF")]
    assert roles(r, "Kim Min-jun") == [("Director of the Policy Office", "UNICEF")]


def test_a_ministry_is_no_unit():
    r = run("Hugo Lima, Director General for Culture of the Ministry of Foreign Affairs (MFA) of Chile, spoke.")
    assert roles(r, "Hugo Lima") == [("Director General for Culture", "Ministry of Foreign Affairs")]


def test_a_possessed_body_is_named_without_its_possessor():
    text = "This is part of UNICEF’s Andean Heritage Cooperation Centre initiative."
    assert [m.name for m in find_mentions(text)] == ["UNICEF", "Andean Heritage Cooperation Centre"]


def test_a_defined_acronym_inside_a_body_name_is_spelled_out():
    r = run("UNICEF works on Heritage Education for Youth (HEFY). UNICEF will open the HEFY Cooperation Centre in Lima. "
            "The Heritage Education for Youth Cooperation Centre opens on 6 March.")
    (centre,) = [a for a in r.actors if "Cooperation Centre" in a.name]
    assert centre.name == "Heritage Education for Youth Cooperation Centre"
    assert "HEFY Cooperation Centre" in centre.aliases


def test_would_makes_only_the_verb_after_it_planned():
    r = run("Minister Ana Costa said Chile would establish a heritage fund with UNICEF.")
    assert {e.type: e.status for e in r.events}["establishment"] == "planned"
    r = run("On 6 March, Minister Ana Costa met UNICEF Executive Director Hugo Lima, who said UNICEF would help.")
    assert {e.type: e.status for e in r.events}["meeting"] == "happened"


def test_a_visit_to_a_list_of_countries_has_each_as_destination():
    r = run("President Ana Costa visited Peru, Bolivia and Ecuador last week, UNICEF said.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("Ana Costa", "Peru", "Bolivia", "Ecuador")


def test_bodies_framed_as_the_parties_of_a_meeting_stay_with_the_persons():
    r = run("On 6 March, UNICEF and Chile held a high-level policy dialogue.\n"
            "The meeting was co-chaired by Hugo Lima, Director of UNICEF, and Ana Costa, Director of the Chilean Heritage Institute.")
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert set(meeting.participants) == {"UNICEF", "Chile", "Hugo Lima", "Ana Costa"}


def test_nationalities_before_a_plural_body_name_one_body_each():
    r = run("UNICEF invited the Peruvian, Chilean and Swiss National Commissions on 6 March. "
            "The Chilean Commission presented first.")
    names = sorted(a.name for a in r.actors if "Commission" in a.name)
    assert names == ["Chilean National Commission", "Peruvian National Commission", "Swiss National Commission"]
    assert "Chilean Commission" in actor(r, "Chilean National Commission").aliases


def test_a_meeting_of_heads_is_a_conference_and_meeting_with_is_a_meeting():
    r = run("The 2023 meeting of the heads of Chile's diplomatic missions will take place from March 20 till 24, "
            "the Chilean Ministry of Foreign Affairs said.")
    (conference,) = [e for e in r.events if e.type == "conference"]
    assert (conference.date, conference.status) == ("2023-03-20/2023-03-24", "planned")
    r = run("Meeting with UNICEF Executive Director Hugo Lima in Lima on 6 March, Minister Ana Costa thanked UNICEF.")
    assert [e.type for e in r.events] == ["meeting"]


def test_the_foreign_ministry_is_the_ministry_of_foreign_affairs():
    assert [m.name for m in find_mentions("The forum was hosted by the foreign ministry on 6 March.")] == ["Ministry of Foreign Affairs"]


def test_a_body_named_by_the_end_of_its_name_is_that_body():
    r = run("The UNICEF Andean Regional Bureau for Heritage and the Lima Heritage Institute signed an agreement on 6 March. "
            "As the Regional Bureau for Heritage, it will lead.")
    names = [a.name for a in r.actors if "Bureau" in a.name]
    assert names == ["UNICEF Andean Regional Bureau for Heritage"]
    assert "Regional Bureau for Heritage" in actor(r, "UNICEF Andean Regional Bureau for Heritage").aliases


def test_a_known_body_ending_a_plural_kind_of_body_is_no_mention():
    assert [m.name for m in find_mentions("Ideas were shared among National Commissions for UNICEF last year.")] == []
    found = [m.name for m in find_mentions("The National Commissions for UNESCO of Peru and Chile met.")]
    assert found == ["National Commission for UNESCO of Peru", "National Commission for UNESCO of Chile"]


def test_the_conference_refers_back_to_the_named_one():
    r = run("The first UNICEF International Conference on Heritage Education was held by UNICEF.\n"
            "The Conference took place on 6-7 March 2023 in Lima and was co-organized by UNICEF and the Lima Heritage Institute.")
    (conference,) = [e for e in r.events if e.type == "conference"]
    assert conference.date == "2023-03-06/2023-03-07"
    assert conference.name == "UNICEF International Conference on Heritage Education"


def test_a_country_after_a_body_head_is_part_of_the_body_name():
    assert "Chile" not in {m.name for m in find_mentions("UNICEF Signs MOU with Santiago University of Chile")}


def test_a_past_cue_is_not_made_planned_by_a_later_clause():
    r = run("UNICEF established a joint website on 6 March which will serve as a platform for Chile.")
    assert {e.type: e.status for e in r.events}["establishment"] == "happened"
    r = run("UNICEF will launch a joint website with Chile next year.")
    assert {e.type: e.status for e in r.events}["establishment"] == "planned"


def test_a_purpose_after_a_comma_is_a_clause_of_its_own():
    r = run("An agreement was signed by UNICEF Executive Director Hugo Lima and Chile, "
            "to establish the Andes Water Centre at the Lima Heritage Institute.")
    by_type = {e.type: set(e.participants) for e in r.events}
    assert {"Hugo Lima", "Chile"} <= by_type["agreement"]
    assert not {"Andes Water Centre", "Lima Heritage Institute"} & by_type["agreement"]
    assert {"Andes Water Centre", "Lima Heritage Institute"} <= by_type["establishment"]


def test_an_envoy_title_keeps_where_the_envoy_is_sent():
    r = run("The agreement was signed by the Ambassador and Permanent Delegate of Chile to UNICEF, HE Hugo Lima, on 6 March.")
    assert roles(r, "Hugo Lima") == [
        ("Ambassador and Permanent Delegate of Chile to UNICEF", "Chile")]


def test_the_title_alone_refers_to_its_one_holder():
    r = run("From 6 to 9 March 2023, the Director-General of UNICEF, Mr Hugo Lima, visited Chile.\n"
            "During his talks with Minister Ana Costa, the Director-General praised Chile.")
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert set(meeting.participants) == {"Hugo Lima", "Ana Costa"}
    assert meeting.date == "2023-03"


def test_a_separate_meeting_is_another_meeting():
    r = run("On 6 March, Minister Ana Costa met UNICEF Executive Director Hugo Lima and Minister Rosa Diaz.\n"
            "Costa also had a separate meeting with Rosa Diaz.")
    assert len([e for e in r.events if e.type == "meeting"]) == 2


def test_the_establishment_of_an_abstract_thing_is_no_establishment():
    r = run("Minister Ana Costa thanked UNICEF for its efforts for the establishment of peace in the region.")
    assert [e.type for e in r.events] == []
    r = run("Chile is pursuing the establishment of two more centres with UNICEF.")
    assert [e.type for e in r.events] == ["establishment"]


def test_the_next_meeting_of_a_series_is_another_with_the_same_parties():
    r = run("The 2023 Andean Heritage Network Meeting was held in Lima on 6 March.\n"
            "The meeting was organized by UNICEF and the Lima Heritage Institute.\n"
            "The next meeting is tentatively scheduled for the Andean Heritage Forum in November 2023.")
    conferences = sorted((e.date, e.status, set(e.participants)) for e in r.events if e.type == "conference")
    assert conferences == [("2023-03-06", "happened", {"UNICEF", "Lima Heritage Institute"}),
                           ("2023-11", "planned", {"UNICEF", "Lima Heritage Institute"})]


def test_organizing_a_meeting_is_a_meeting():
    r = run("UNICEF and the Chilean Ministry of Culture co-organized a consultative meeting on 6 March 2023 in Santiago.")
    assert [e.type for e in r.events] == ["meeting"]


def test_a_funds_in_trust_named_in_passing_is_no_aid_but_providing_one_is():
    r = run("UNICEF reviewed the efficiency of the funds-in-trust projects in Chile.")
    assert [e.type for e in r.events] == []
    r = run("Chile will provide UNICEF with new funds-in-trust for education from 2024.")
    assert [e.type for e in r.events] == ["aid"]


def test_bodies_attending_a_meeting_stay_with_the_persons():
    r = run("On 6 March 2023, UNICEF co-organized a meeting in Lima.\n"
            "Minister Ana Costa and Director Hugo Lima of UNICEF co-chaired the meeting.\n"
            "The meeting was attended by the Lima Heritage Institute and the Andes Water Centre.")
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert {"Ana Costa", "Hugo Lima", "Lima Heritage Institute", "Andes Water Centre"} <= set(meeting.participants)


def test_to_be_adopted_is_planned():
    r = run("Minister Ana Costa hoped that the Lima Declaration to be adopted by UNICEF would guide Chile.")
    assert {e.type: e.status for e in r.events}["agreement"] == "planned"


def test_a_gathering_named_with_its_year_happens_that_year():
    r = run("On 6 March, Minister Ana Costa stressed Chile hosting the 2026 plenary session of the UNICEF Board.",
            published="2025-03-10")
    (session,) = [e for e in r.events if e.type == "conference"]
    assert (session.date, session.status) == ("2026", "planned")
    r = run("The 2023 meeting of the heads of Chile's missions took place from March 20 till 24 with UNICEF.")
    assert [e.date for e in r.events if e.type == "conference"] == ["2023-03-20/2023-03-24"]


def test_through_a_year_is_a_period_and_a_possessive_date_dates_its_noun():
    r = run("Under Wednesday's agreement with UNICEF, Chile will offer an additional US$5 million through 2026.",
            published="2023-03-10")
    assert {e.type: e.date for e in r.events}["aid"] == "2023/2026"


def test_agreeing_to_do_something_is_an_agreement():
    r = run("Chile agreed Monday to give UNICEF US$2 million.\nChilean Minister Ana Costa signed a letter of intent with UNICEF.",
            published="2023-03-08")
    agreements = [e for e in r.events if e.type == "agreement"]
    assert [e.date for e in agreements] == ["2023-03-06"]


def test_a_body_before_a_dollar_amount_is_still_named():
    assert [m.name for m in find_mentions("Chile agreed to give UNICEF US$2 million.")] == ["Chile", "UNICEF"]


def test_a_body_being_created_after_an_indefinite_article_is_named():
    text = "UNICEF will support the establishment of a Lima Heritage Centre at the university."
    assert "Lima Heritage Centre" in {m.name for m in find_mentions(text)}
    assert "Lima Heritage Centre" not in {m.name for m in find_mentions("UNICEF works with a Lima Heritage Centre.")}


def test_a_speaker_is_no_party_to_the_agreement_spoken_of():
    r = run("Minister Ana Costa noted the Lima Declaration adopted by UNICEF and Peru on 6 March.")
    (agreement,) = [e for e in r.events if e.type == "agreement"]
    assert "Ana Costa" not in agreement.participants
    r = run("Minister Ana Costa signed an agreement with UNICEF on 6 March.")
    assert "Ana Costa" in [e for e in r.events if e.type == "agreement"][0].participants


def test_a_definite_plural_of_a_kind_stands_for_the_bodies_of_that_kind_named_before():
    r = run("In 2021, the Lima Heritage Institute joined the Quito Heritage Institute and the Bogota Heritage Institute "
            "in a regional project.\n"
            "In March 2022, the three Heritage Institutes published a joint report on museum education.")
    (report,) = [e for e in r.events if e.type == "publication"]
    assert set(report.participants) == {"Lima Heritage Institute", "Quito Heritage Institute", "Bogota Heritage Institute"}
    assert report.date == "2022-03"


def test_the_same_bodies_of_a_kind_join_the_one_who_acts_with_them():
    r = run("The Lima Heritage Institute and the Quito Heritage Institute held a workshop in 2021.\n"
            "In 2022, UNICEF worked with the same Heritage Institutes and published a handbook on museum education.")
    (book,) = [e for e in r.events if e.type == "publication"]
    assert set(book.participants) == {"UNICEF", "Lima Heritage Institute", "Quito Heritage Institute"}


def test_a_count_that_is_not_theirs_names_no_bodies_of_the_kind():
    r = run("In 2021, the Lima Heritage Institute joined the Quito Heritage Institute and the Bogota Heritage Institute "
            "in a regional project.\n"
            "In 2022, UNICEF and the four Heritage Institutes published a joint report on museum education.")
    (report,) = [e for e in r.events if e.type == "publication"]
    assert report.participants == ("UNICEF",)


def test_and_the_after_a_name_ending_in_its_head_starts_another_name():
    r = run("Staff of the Asia and Pacific Division and the Climate Change and Energy Division met UNICEF officials on 6 March.")
    names = {a.name for a in r.actors}
    assert {"Asia and Pacific Division", "Climate Change and Energy Division"} <= names
    assert not any("Division and the" in n for n in names)


def test_a_clause_ending_on_attended_refers_back_to_the_story_s_gathering():
    r = run("The Chilean Ministry of Culture and UNICEF co-organized a meeting on heritage education on 6 March 2023 in Lima.\n"
            "In January, UNICEF had hosted a workshop with the Peruvian Ministry of Education in Cusco.\n"
            "From the Ministry, officials of the Heritage Division and the Museums Division attended.")
    first = next(e for e in r.events if e.date == "2023-03-06")
    assert {"Heritage Division", "Museums Division"} <= set(first.participants)
    assert not any("Heritage Division" in e.participants for e in r.events if e is not first)


def test_a_titled_name_in_a_title_case_line_stands_when_a_lower_case_word_ends_it():
    r = run("UNICEF Executive Director Hugo Lima meets with Foreign Minister Ana Costa in Lima on 6 March\n"
            "The two discussed aid to schools.")
    assert "Hugo Lima" in {a.name for a in r.actors if a.kind == "person"}


def test_a_pronoun_opening_a_sentence_stands_for_the_first_person_named_before():
    r = run("Foreign Minister Ana Costa asked UNICEF Executive Director Hugo Lima for support on 6 March.\n"
            "The ministry welcomed the talks.\n"
            "She also had a separate meeting with Maria Diaz, head of the Chilean Heritage Institute.")
    separate = next(e for e in r.events if e.type == "meeting" and "Maria Diaz" in e.participants)
    assert "Ana Costa" in separate.participants
    assert "Hugo Lima" not in separate.participants


def test_a_source_credited_at_the_end_is_no_party_to_what_it_reports():
    r = run("Chile will provide UNICEF US$5 million for schools in Peru, the Finance Ministry said Tuesday.")
    (aid,) = [e for e in r.events if e.type == "aid"]
    assert "Finance Ministry" not in aid.participants
    assert {"Chile", "UNICEF"} <= set(aid.participants)


def test_a_body_after_said_inside_the_report_stays_a_party():
    r = run("Chile said it would provide the Finance Ministry of Peru US$5 million for schools.")
    (aid,) = [e for e in r.events if e.type == "aid"]
    assert "Finance Ministry of Peru" in aid.participants


def test_a_currency_prefix_is_no_part_of_a_name():
    r = run("Chile will provide the Heritage Institute of Peru US$5 million.")
    assert "Heritage Institute of Peru" in {a.name for a in r.actors}


def test_a_speaker_at_the_story_s_gathering_takes_part_in_it():
    r = run("The Lima Heritage Forum took place on 6-7 March 2023 and was organized by the Lima Heritage Institute.\n"
            "In her opening remarks, Ms Ana Costa, Director of the Chilean Heritage Agency, praised the speakers.\n"
            "Minister of Culture Hugo Lima will deliver a special lecture on museum education.")
    (forum,) = [e for e in r.events if e.type == "conference"]
    assert {"Lima Heritage Institute", "Ana Costa", "Hugo Lima"} <= set(forum.participants)
    assert "Chilean Heritage Agency" not in forum.participants


def test_a_unit_inside_a_title_is_no_actor():
    r = run("Ana Costa, Director of UNICEF’s Division for Child Rights, met Hugo Lima, Director of the Bureau of "
            "Planning (BOP) of UNESCO, on 6 March.")
    names = {a.name for a in r.actors}
    assert {"Ana Costa", "Hugo Lima", "UNICEF", "UNESCO"} <= names
    assert not names & {"Division for Child Rights", "Bureau of Planning"}


def test_a_capital_ending_a_person_s_name_is_no_government():
    r = run("Minister of Culture Hugo Lima said the museum will open in May.")
    assert {a.name for a in r.actors} == {"Hugo Lima"}


def test_a_description_of_a_person_opening_a_sentence_stands_for_the_person_named_before():
    r = run("Foreign Minister Ana Costa met UNICEF Executive Director Hugo Lima on Monday.\n"
            "Lima praised Chile as a generous donor.\n"
            "The Brazilian diplomat also had a separate meeting with Maria Diaz, head of the Chilean Heritage Institute.")
    separate = next(e for e in r.events if e.type == "meeting" and "Maria Diaz" in e.participants)
    assert "Hugo Lima" in separate.participants


def test_a_visit_made_to_meet_happened_when_the_visitor_s_dated_meeting_did():
    r = run("Foreign Minister Ana Costa met UNICEF Executive Director Hugo Lima on Monday.\n"
            "Lima praised Chile as a generous donor.\n"
            "Lima was in Santiago to meet Chilean officials.", published="2023-03-08")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants[0] == "Hugo Lima"
    assert visit.date == "2023-03-06"


def test_this_conference_refers_back_to_the_one_reported():
    r = run("The Lima Heritage Forum will take place on 6-7 September 2023, co-organized by UNICEF and the Lima "
            "Heritage Institute.\n"
            "UNICEF organizes this Forum to share practices of museum education.")
    assert [e.type for e in r.events] == ["conference"]


def test_a_counted_plural_of_a_class_of_body_stands_for_the_story_s_bodies_of_that_class():
    r = run("The network meeting of UNESCO centres was held in Paris on 6 March 2023, and officials from three "
            "C2Cs attended.\n"
            "Member centres: IRCI (Japan), CRIHAP (China) and WHITRAP (China).")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert {"International Research Centre for Intangible Cultural Heritage in the Asia-Pacific Region",
            "International Training Centre for Intangible Cultural Heritage in the Asia-Pacific Region",
            "World Heritage Institute of Training and Research for the Asia and the Pacific Region"} <= set(meeting.participants)


def test_a_counted_plural_names_no_bodies_when_the_story_has_another_number_of_them():
    r = run("The network meeting of UNESCO centres was held in Paris on 6 March 2023, and officials from two "
            "C2Cs attended.\n"
            "Member centres: IRCI (Japan), CRIHAP (China) and WHITRAP (China).")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert "World Heritage Institute of Training and Research for the Asia and the Pacific Region" not in meeting.participants


def test_a_counted_plural_of_a_kind_a_name_holds():
    r = run("The Lima Heritage Forum was held on 6 March 2023 with two Universities as co-hosts.\n"
            "The Catholic University of Chile and the University of Lima presented their museum programmes.")
    (forum,) = [e for e in r.events if e.type == "conference"]
    assert {"Catholic University of Chile", "University of Lima"} <= set(forum.participants)


def test_an_unknown_body_where_a_gathering_is_held_is_a_venue_not_a_party():
    r = run("The Heritage Network Meeting was held at the Lima Convention Center on 6 March 2023 and organized by UNICEF.")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert meeting.participants == ("UNICEF",)
    assert "Lima Convention Center" not in {a.name for a in r.actors}


def test_a_full_name_repeated_without_its_title_is_one_mention():
    text = "Foreign Minister Ana Costa met UNICEF officials on 6 March.\nAna Costa thanked them."
    repeated = [m for m in find_mentions(text) if m.start >= text.index("\n")]
    assert [(m.text, m.name) for m in repeated if m.kind == "person"] == [("Ana Costa", "Ana Costa")]


def test_the_head_of_a_body_is_the_one_person_given_a_title_in_it_or_in_a_part_of_it():
    r = run("Vice Minister Ana Costa held talks on 6 March with the head of the OECD on aid.\n"
            "Costa asked Hugo Lima, chair of the OECD Development Assistance Committee, for support.")
    (talks,) = [e for e in r.events if e.type == "meeting"]
    assert set(talks.participants) == {"Ana Costa", "Hugo Lima"}
    assert roles(r, "Hugo Lima") == [("chair", "OECD Development Assistance Committee")]


def test_a_body_s_chief_without_a_name_is_its_one_titled_person():
    r = run("Minister Ana Costa raised the mine issue in a meeting with UNICEF chief in Paris on 6 March.\n"
            "UNICEF Executive Director Hugo Lima said the agency understood the concerns.")
    (talks,) = [e for e in r.events if e.type == "meeting"]
    assert "Hugo Lima" in talks.participants


def test_the_head_of_a_body_with_two_titled_persons_is_left_unresolved():
    r = run("Minister Ana Costa met the head of UNICEF on 6 March.\n"
            "UNICEF Executive Director Hugo Lima and UNICEF Deputy Executive Director Maria Diaz thanked Chile.")
    (talks,) = [e for e in r.events if e.type == "meeting"]
    assert "Hugo Lima" not in talks.participants and "Maria Diaz" not in talks.participants


def test_a_rank_before_any_title_head_is_part_of_the_title():
    r = run("UNICEF Deputy Executive Director Maria Diaz met Minister Ana Costa on 6 March.")
    assert roles(r, "Maria Diaz") == [("Deputy Executive Director", "UNICEF")]


def test_a_country_s_government_is_the_country():
    r = run("The Government of Norway and the Korean government will provide UNICEF US$5 million. "
            "The Norwegian Government said so.")
    (aid,) = [e for e in r.events if e.type == "aid"]
    assert {"Norway", "Republic of Korea", "UNICEF"} <= set(aid.participants)
    assert {a.name for a in r.actors} == {"Norway", "Republic of Korea", "UNICEF"}


def test_a_small_word_after_a_name_in_a_title_case_headline_does_not_end_it():
    r = run("Foreign Minister Costa Meets with Foreign Minister of Peru\nForeign Minister Ana Costa met Peruvian officials on 6 March.")
    assert "Costa Meets" not in {a.name for a in r.actors}


def test_a_title_s_field_ends_where_of_names_its_body():
    r = run("Ms. Ana Costa, Minister for Foreign Affairs of Chile, met H.E. Mr. Hugo Lima, Minister of External "
            "Relations of the Republic of Peru, on 6 March.")
    assert roles(r, "Ana Costa") == [("Minister for Foreign Affairs", "Chile")]
    assert roles(r, "Hugo Lima") == [("Minister of External Relations", "Peru")]
    assert {a.name for a in r.actors if a.kind == "person"} == {"Ana Costa", "Hugo Lima"}


def test_a_title_s_field_before_the_name_keeps_its_body():
    r = run("Minister for Foreign Affairs of Chile Ana Costa met UNICEF officials on 6 March.")
    assert roles(r, "Ana Costa") == [("Minister for Foreign Affairs", "Chile")]


def test_the_next_gathering_of_a_series_takes_its_parties_even_when_its_clause_names_none():
    r = run("On 7 February, the Chilean Ministry of Culture hosted a workshop on heritage diplomacy, attended by UNICEF.\n"
            "The next workshop will take place in Lima in September 2023.")
    planned = [e for e in r.events if e.status == "planned"]
    assert [(e.type, e.date) for e in planned] == [("conference", "2023-09")]
    assert set(planned[0].participants) == {"Chilean Ministry of Culture", "UNICEF"}


def test_a_credited_source_whose_name_holds_a_comma_is_no_party():
    r = run("The UK will provide £20 million to the Lima Heritage Fund, the Foreign, Commonwealth and Development "
            "Office said.")
    (aid,) = [e for e in r.events if e.type == "aid"]
    assert set(aid.participants) == {"United Kingdom", "Lima Heritage Fund"}


def test_a_foreign_secretary_referred_to_by_title_visits():
    r = run("The Foreign Secretary, James Cleverly, signed a memorandum with Peru in Lima on 1 June 2023.\n"
            "The Foreign Secretary also visited the Lima Heritage Institute.")
    assert roles(r, "James Cleverly")[0][0] == "Foreign Secretary"
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("James Cleverly", "Lima Heritage Institute")


def test_a_name_ending_a_long_title_before_its_verb_is_a_person_not_part_of_a_body():
    r = run("Member of the Standing Council of the Andean Union and Director of the Office of the Commission for "
            "Regional Affairs Li Ming met with UNICEF Executive Director Hugo Lima on 6 March.")
    names = {a.name for a in r.actors}
    assert {"Li Ming", "Office of the Commission for Regional Affairs", "Standing Council of the Andean Union"} <= names
    (talks,) = [e for e in r.events if e.type == "meeting"]
    assert set(talks.participants) == {"Li Ming", "Hugo Lima"}


def test_a_un_resident_representative_belongs_to_the_body_before_the_title():
    r = run("UNDP Resident Representative Maria Diaz signed the project document in Lima on 29 May.")
    assert roles(r, "Maria Diaz") == [("Resident Representative", "United Nations Development Programme")]


def test_will_meet_is_a_planned_meeting_and_meeting_a_need_is_none():
    r = run("UNICEF Executive Director Hugo Lima arrived in Santiago on Sunday.\n"
            "During his stay, he will meet Foreign Minister Ana Costa and visit the Chilean Heritage Institute.\n"
            "The grant will meet the needs of Chilean Heritage Institute schools.")
    meetings = [e for e in r.events if e.type == "meeting"]
    assert [(e.status, set(e.participants)) for e in meetings] == [("planned", {"Hugo Lima", "Ana Costa"})]
    planned_visit = next(e for e in r.events if e.type == "visit" and e.status == "planned")
    assert planned_visit.participants == ("Hugo Lima", "Chilean Heritage Institute")


def test_the_two_countries_are_the_countries_named_before_not_their_agencies():
    r = run("Chile’s Heritage Agency and Peru’s Ministry of Culture signed an agreement on 6 March 2023.\n"
            "Under the agreement, the two countries will hold a joint conference every two years.")
    conference = next(e for e in r.events if e.type == "conference")
    assert set(conference.participants) == {"Chile", "Peru"}


def test_a_country_s_unesco_body_named_with_unesco_first_is_the_same_body():
    r = run("The Peruvian National Commission for UNESCO met UNICEF on 6 March.\n"
            "The UNESCO National Commission of Peru thanked UNICEF.")
    names = [a.name for a in r.actors if a.kind == "organization"]
    assert sorted(names) == ["Peruvian National Commission for UNESCO", "UNICEF"]


def test_a_counterpart_s_country_is_not_given_to_a_bare_state_title():
    r = run("Minister of Foreign Affairs Ana Costa held a phone call with Minister of Foreign Affairs of Peru "
            "Hugo Lima on 8 June.\nMinister Costa thanked Peru for its support.")
    assert roles(r, "Hugo Lima") == [("Minister of Foreign Affairs", "Peru")]
    assert roles(r, "Ana Costa") == [("Minister of Foreign Affairs", None)]


def test_a_building_something_is_done_at_is_no_party():
    r = run("Lima Mayor Hugo Lima and UNICEF signed a friendship agreement at Lima City Hall on 16 May 2023.")
    (agreement,) = [e for e in r.events if e.type == "agreement"]
    assert "Lima City Hall" not in agreement.participants
    assert "UNICEF" in agreement.participants


def test_a_pronoun_skips_a_person_the_text_gives_the_other_gender():
    r = run("Ms Ana Costa, Minister of Culture of Chile, met Mr Hugo Lima, Director of the Lima Heritage Institute, "
            "on 6 March.\nHe also had a separate meeting with Maria Diaz, head of the Chilean Heritage Agency.")
    separate = next(e for e in r.events if e.type == "meeting" and "Maria Diaz" in e.participants)
    assert "Hugo Lima" in separate.participants
    assert "Ana Costa" not in separate.participants


def test_an_apposition_after_an_honorific_title_gives_the_person_s_role():
    r = run("UNICEF signed an agreement with the University of Lima (Professor Ana Costa, President of the University "
            "of Lima) on 6 March.")
    assert roles(r, "Ana Costa") == [("President", "University of Lima")]


def test_an_honorific_title_with_its_body_stays_a_role():
    r = run("Professor Ana Costa of the University of Lima met UNICEF officials on 6 March.")
    assert roles(r, "Ana Costa") == [("Professor", "University of Lima")]


def test_a_named_meeting_hosted_by_a_party_is_a_conference():
    r = run("Minister Ana Costa thanked UNICEF for taking part in the Andean Heritage Meeting hosted by Chile in "
            "Santiago on 6 March.")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert meeting.name == "Andean Heritage Meeting"
    assert {"UNICEF", "Chile"} <= set(meeting.participants)


def test_a_future_word_in_another_main_clause_does_not_make_a_cue_planned():
    r = run("Minister Ana Costa praised UNICEF for its part in the Andean Heritage Meeting hosted by Chile, and hoped "
            "that the declaration to be adopted there would guide museum education.")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert meeting.status == "happened"


def test_a_future_word_in_the_cue_s_own_clause_makes_it_planned():
    r = run("UNICEF thanked Chile, and the Andean Heritage Meeting hosted by Chile will open in May.")
    (meeting,) = [e for e in r.events if e.type == "conference"]
    assert meeting.status == "planned"


def test_a_body_s_title_without_a_name_refers_to_the_one_person_given_it_in_that_body():
    r = run("UNICEF Executive Director Hugo Lima met WFP Executive Director Maria Diaz in Lima on 6 March.\n"
            "Minister Ana Costa welcomed the UNICEF Executive Director’s visit to Chile.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants[0] == "Hugo Lima"


def test_a_visit_s_destination_may_follow_to_the():
    r = run("UNICEF Executive Director Hugo Lima ended his visit to the Republic of Peru on 6 March.")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert visit.participants == ("Hugo Lima", "Peru")


def test_a_relative_clause_after_a_cue_keeps_its_dates_to_itself():
    r = run("Minister Ana Costa welcomed the UNICEF Executive Director’s visit to Chile, which is his third since "
            "taking office in 2019.\nUNICEF Executive Director Hugo Lima arrived in Santiago on 6 March.",
            published="2023-03-08")
    (visit,) = [e for e in r.events if e.type == "visit"]
    assert (visit.participants, visit.date) == (("Hugo Lima", "Chile"), None)


def test_a_verb_sharing_the_modal_of_the_clause_before_stays_planned():
    r = run("During his stay, he will meet Foreign Minister Ana Costa, and visit the Chilean Heritage Institute.\n",
            published="2023-03-08")
    assert {e.type: e.status for e in r.events} == {"meeting": "planned", "visit": "planned"}


def test_a_relative_clause_saying_when_the_gathering_was_held_dates_it():
    r = run("Minister Ana Costa hoped that Peru would take part in the Andean Heritage Summit, which was held on "
            "May 30-31.", published="2023-06-08")
    (summit,) = [e for e in r.events if e.type == "conference"]
    assert summit.date == "2023-05-30/2023-05-31"


def test_the_head_of_a_body_the_gazetteer_does_not_know_is_its_one_titled_person():
    r = run("Minister Ana Costa met the head of the Lima Heritage Institute on 6 March.\n"
            "Hugo Lima, Director of the Lima Heritage Institute, thanked Chile.")
    (talks,) = [e for e in r.events if e.type == "meeting"]
    assert set(talks.participants) == {"Ana Costa", "Hugo Lima"}
