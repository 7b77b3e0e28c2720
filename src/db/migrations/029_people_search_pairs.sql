-- The directory's name search for two-letter fragments ("yd", "do"): the set of each person's pairs
-- of adjacent characters, so "do" is looked up among exactly the people whose text holds "do" (LIKE
-- still decides). The set of letters (024) could not narrow such a fragment down when every person's
-- text holds its letters, as every work email of one domain does ("d", "o", "s", "y" in
-- "@demo.embassy.test"): the search then read the whole directory. One-letter fragments keep the set
-- of letters, which is exact for them; three letters and more, the trigram index.
create function search_pairs(t text) returns text[]
  language sql immutable strict parallel safe
  as $$ select array(select substr(t, i, 2) from generate_series(1, length(t) - 1) as i) $$;

create index people_search_pairs on people using gin (search_pairs(search_text));
