-- Texts people read in journeys exist in Dutch, French and English: journey names and
-- descriptions, step names, task titles and checklists become localized texts, jsonb objects like
-- {"nl": "Verjaardag", "fr": "Anniversaire", "en": "Birthday"}. Readers get the variant in their
-- interface language (else the organisation's default, else any); HR edits all three.
--
-- Existing single texts go under the organisation's default language (English when that is German,
-- which the interface does not offer). Journeys made from a ready template were stored with the
-- template's English texts: where a text is still the template's, all three languages are filled
-- from it (the table below is the templates' texts at the time of this migration).

create temporary table template_texts (en text primary key, nl text not null, fr text not null) on commit drop;
insert into template_texts (en, nl, fr) values
  ('Preboarding', 'Preboarding', 'Pré-accueil'),
  ('The days before the first day: practical information, the buddy, the team.', 'De dagen voor de eerste werkdag: praktische info, de meter/peter, het team.', 'Les jours avant le premier jour : infos pratiques, le parrain ou la marraine, l''équipe.'),
  ('Preboarding mail', 'Preboardingmail', 'Mail de pré-accueil'),
  ('Buddy introduction to the newcomer', 'Meter/peter voorstellen aan de nieuwkomer', 'Présentation du parrain ou de la marraine'),
  ('Buddy briefing', 'Briefing voor de meter/peter', 'Briefing du parrain ou de la marraine'),
  ('Team announcement', 'Aankondiging aan het team', 'Annonce à l''équipe'),
  ('Onboarding', 'Onboarding', 'Accueil et intégration'),
  ('The welcome day, the first day, the onboarding record, and feedback at 30, 60 and 90 days.', 'De onthaaldag, de eerste dag, het onthaaldossier en feedback na 30, 60 en 90 dagen.', 'La journée d''accueil, le premier jour, le dossier d''accueil et un feedback à 30, 60 et 90 jours.'),
  ('Welcome day invitation', 'Uitnodiging voor de onthaaldag', 'Invitation à la journée d''accueil'),
  ('Day-one welcome', 'Welkom op de eerste dag', 'Bienvenue le premier jour'),
  ('Onboarding record', 'Onthaaldossier', 'Dossier d''accueil'),
  ('Onboarding record for {{personName}}', 'Onthaaldossier van {{personName}}', 'Dossier d''accueil de {{personName}}'),
  ('Meter/peter appointed (Codex welzijn op het werk, book I title 2)', 'Meter/peter aangeduid (Codex welzijn op het werk, boek I titel 2)', 'Parrain ou marraine désigné·e (Code du bien-être au travail, livre I titre 2)'),
  ('Information due at hiring and on the first day given (CAO/CCT 22)', 'Informatie bij de aanwerving en op de eerste dag gegeven (cao 22)', 'Informations dues à l''embauche et le premier jour données (CCT 22)'),
  ('Safety and well-being information given', 'Informatie over veiligheid en welzijn gegeven', 'Informations sur la sécurité et le bien-être données'),
  ('Onboarding document signed and filed', 'Onthaaldocument ondertekend en bewaard', 'Document d''accueil signé et classé'),
  ('Onboarding survey', 'Onboardingbevraging', 'Enquête d''accueil'),
  ('Invitation to become an ambassador', 'Uitnodiging om ambassadeur te worden', 'Invitation à devenir ambassadeur·rice'),
  ('Birthdays and anniversaries', 'Verjaardagen en jubilea', 'Anniversaires et ancienneté'),
  ('A birthday message and the first work anniversary, for people who want them noticed.', 'Een verjaardagsbericht en het eerste werkjubileum, voor wie dat graag wil.', 'Un message d''anniversaire et le premier anniversaire de service, pour qui le souhaite.'),
  ('Birthday', 'Verjaardag', 'Anniversaire'),
  ('First work anniversary', 'Eerste werkjubileum', 'Premier anniversaire de service'),
  ('Training and internal mobility', 'Opleiding en interne mobiliteit', 'Formation et mobilité interne'),
  ('A reminder before a training, and support around an internal move (dates set per person).', 'Een herinnering voor een opleiding en begeleiding bij een interne overstap (datums per persoon).', 'Un rappel avant une formation et un accompagnement lors d''une mobilité interne (dates fixées par personne).'),
  ('Training reminder', 'Herinnering aan een opleiding', 'Rappel de formation'),
  ('Internal move', 'Interne overstap', 'Mobilité interne'),
  ('Offboarding', 'Offboarding', 'Départ'),
  ('The exit survey, a farewell, and an invitation to stay in touch as an alumni ambassador.', 'De exitbevraging, een afscheid en een uitnodiging om in contact te blijven als alumni-ambassadeur.', 'L''enquête de départ, un au revoir et une invitation à rester en contact comme ambassadeur·rice alumni.'),
  ('Offboarding checklist', 'Checklist voor het vertrek', 'Check-list de départ'),
  ('Offboarding of {{personName}}', 'Vertrek van {{personName}}', 'Départ de {{personName}}'),
  ('Social documents prepared', 'Sociale documenten opgemaakt', 'Documents sociaux préparés'),
  ('Equipment returned', 'Materiaal terugbezorgd', 'Matériel restitué'),
  ('Knowledge handed over', 'Kennis overgedragen', 'Connaissances transmises'),
  ('Access closed on the last day', 'Toegang afgesloten op de laatste dag', 'Accès fermés le dernier jour'),
  ('Exit survey', 'Exitbevraging', 'Enquête de départ'),
  ('Farewell', 'Afscheid', 'Au revoir'),
  ('Alumni invitation', 'Uitnodiging voor de alumni', 'Invitation des alumni'),
  ('Retirement', 'Pensioen', 'Pension'),
  ('Guidance toward the new phase, months before the legal pension date.', 'Begeleiding naar de nieuwe fase, maanden voor de wettelijke pensioendatum.', 'Un accompagnement vers la nouvelle étape, des mois avant la date légale de la pension.'),
  ('Retirement guidance', 'Begeleiding naar het pensioen', 'Accompagnement vers la pension'),
  ('Retirement conversation', 'Pensioengesprek', 'Entretien avant la pension'),
  ('Retirement conversation with {{personName}}', 'Pensioengesprek met {{personName}}', 'Entretien avant la pension avec {{personName}}'),
  ('Pension formalities explained', 'Pensioenformaliteiten uitgelegd', 'Formalités de pension expliquées'),
  ('Hand-over planned', 'Overdracht gepland', 'Passation planifiée'),
  ('Farewell moment agreed', 'Afscheidsmoment afgesproken', 'Moment d''adieu convenu'),
  ('Feedback check-in at 30 days', 'Feedbackgesprek na 30 dagen', 'Feedback à 30 jours'),
  ('Feedback check-in at 60 days', 'Feedbackgesprek na 60 dagen', 'Feedback à 60 jours'),
  ('Feedback check-in at 90 days', 'Feedbackgesprek na 90 dagen', 'Feedback à 90 jours');

create temporary table org_content_language on commit drop as
  select id as org_id, case when default_language in ('nl', 'fr', 'en') then default_language else 'en' end as lang from organisations;

-- Journeys: name and description.
alter table journeys add column name_l jsonb, add column description_l jsonb;
update journeys j set
  name_l = coalesce(
    case when j.template_key is not null then (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t where t.en = j.name) end,
    jsonb_build_object(l.lang, j.name)),
  description_l = case when j.description = '' then '{}'::jsonb else coalesce(
    case when j.template_key is not null then (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t where t.en = j.description) end,
    jsonb_build_object(l.lang, j.description)) end
  from org_content_language l where l.org_id = j.org_id;
alter table journeys drop column name, drop column description;
alter table journeys rename column name_l to name;
alter table journeys rename column description_l to description;
alter table journeys alter column name set not null, alter column description set not null, alter column description set default '{}'::jsonb;
alter table journeys add constraint journeys_name_localized check (jsonb_typeof(name) = 'object' and name <> '{}'::jsonb),
  add constraint journeys_description_localized check (jsonb_typeof(description) = 'object');

-- Steps: the name, and a task step's title and checklist items.
alter table journey_steps add column name_l jsonb;
update journey_steps s set
  name_l = coalesce(
    case when j.template_key is not null then (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t where t.en = s.name) end,
    jsonb_build_object(l.lang, s.name)),
  task = case when s.task is null then null else s.task
    || jsonb_build_object('title', coalesce(
         case when j.template_key is not null then (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t where t.en = s.task->>'title') end,
         jsonb_build_object(l.lang, s.task->>'title')))
    || jsonb_build_object('checklist', (
         select coalesce(jsonb_agg(coalesce(
                  case when j.template_key is not null then (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t where t.en = c.item) end,
                  jsonb_build_object(l.lang, c.item)) order by c.ord), '[]'::jsonb)
           from jsonb_array_elements_text(coalesce(s.task->'checklist', '[]'::jsonb)) with ordinality as c(item, ord)))
  end
  from journeys j, org_content_language l where j.id = s.journey_id and l.org_id = s.org_id;
alter table journey_steps drop column name;
alter table journey_steps rename column name_l to name;
alter table journey_steps alter column name set not null;
alter table journey_steps add constraint journey_steps_name_localized check (jsonb_typeof(name) = 'object' and name <> '{}'::jsonb);

-- Tasks a journey created: the title (filled in with the person's name when it was made, so a
-- template's title is matched with that name filled in) and the checklist's labels.
alter table tasks add column title_l jsonb;
update tasks k set
  title_l = coalesce(
    (select jsonb_build_object('nl', replace(t.nl, '{{personName}}', p.first_name || ' ' || p.last_name),
                               'fr', replace(t.fr, '{{personName}}', p.first_name || ' ' || p.last_name),
                               'en', k.title)
       from deliveries d join journey_steps s on s.id = d.step_id join journeys j on j.id = s.journey_id
            join people p on p.id = k.person_id
            join template_texts t on replace(t.en, '{{personName}}', p.first_name || ' ' || p.last_name) = k.title
      where d.id = k.delivery_id and j.template_key is not null and t.en like '%{{personName}}%'
      limit 1),
    jsonb_build_object(l.lang, k.title)),
  checklist = (
    select coalesce(jsonb_agg(jsonb_build_object('done', coalesce((c.item->>'done')::boolean, false), 'label', coalesce(
             (select jsonb_build_object('nl', t.nl, 'fr', t.fr, 'en', t.en) from template_texts t
               where t.en = c.item->>'label'
                 and exists (select 1 from deliveries d join journey_steps s on s.id = d.step_id join journeys j on j.id = s.journey_id
                              where d.id = k.delivery_id and j.template_key is not null)),
             jsonb_build_object(l.lang, c.item->>'label'))) order by c.ord), '[]'::jsonb)
      from jsonb_array_elements(k.checklist) with ordinality as c(item, ord))
  from org_content_language l where l.org_id = k.org_id;
alter table tasks drop column title;
alter table tasks rename column title_l to title;
alter table tasks alter column title set not null;
alter table tasks add constraint tasks_title_localized check (jsonb_typeof(title) = 'object');
