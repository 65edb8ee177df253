\timing on
create temp table t as select 'Opening words about Velmora. ' || string_agg('q' || to_hex(i*7919) || 'x', ' ') as body from generate_series(1,100000) i;
select length(body) from t;
select length(to_tsvector('english', left(body, 500000))) from t;
select length(ts_headline('english', body, to_tsquery('english','velmora'), 'MaxFragments=1, MaxWords=24, MinWords=12')) from t;
select length(ts_headline('english', body, to_tsquery('english','velmora'))) from t;
