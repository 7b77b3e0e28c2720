-- The directory's name search for one- and two-letter fragments ("q", "zw"), which the trigram index
-- cannot look up: the set of characters of each person's search text, so "zw" is looked for among
-- the people whose text holds both a "z" and a "w" (people.repo.ts searchPeople; LIKE decides).
create index people_search_chars on people using gin (string_to_array(search_text, null));
