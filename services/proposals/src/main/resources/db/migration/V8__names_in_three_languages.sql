-- A municipality is shown by its name, and each strategic value is named in bokmål, nynorsk and English. Values saved
-- before had only a bokmål name; it stands in for the other two until the admin names them.
alter table municipality_settings add column name text;

alter table municipality_strategic_value
    add column name_nn text,
    add column name_en text;
update municipality_strategic_value set name_nn = name, name_en = name;
alter table municipality_strategic_value
    alter column name_nn set not null,
    alter column name_en set not null;
