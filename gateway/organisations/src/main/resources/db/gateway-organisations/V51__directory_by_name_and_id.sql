-- The directory is read a page at a time in name order (lower case, as it sorts) and then id, after the last page's
-- name and id: this index gives the rows in that order from the cursor on, so a page reads its own rows and no sort
-- of the municipality's associations is needed. It serves every read by municipality the old one did.
create index association_directory_by_name on association_directory (municipality, lower(name), id);
drop index association_directory_by_municipality;
