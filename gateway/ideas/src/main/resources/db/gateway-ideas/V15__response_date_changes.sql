alter table idea_board_step add column previous_respond_by date;
alter table idea_board_step add column respond_by date;
