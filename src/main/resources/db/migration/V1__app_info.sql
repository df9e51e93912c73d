-- The first migration records which schema generation a database was created by, so later
-- migrations (workspaces, revisions, permalinks) have a baseline to build on.
create table app_info (
    info_key   varchar(64)  not null primary key,
    info_value varchar(255) not null
);
insert into app_info (info_key, info_value) values ('schema-created-by', 'apim-policy-simulator 0.1');
