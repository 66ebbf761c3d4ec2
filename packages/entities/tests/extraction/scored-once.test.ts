// The extractor on articles written blind for issue 13 by someone who never read its rules, each set
// kept out of the repository until it was scored once; after that it is a development set (its misses
// read, general rules written from them) and these floors, two points under what it measures now, only
// guard what was gained. What each set said when it was scored once is in the README's table:
//   blind-issue-13  0.762 before the first round, 0.807 after it
//   fresh-issue-13  0.806 once, after the first round
//   final-issue-13  0.810 once, after the second round
//   blind-2026-12-03 (set D)    0.864 before the third round, 0.866 after it (0.888 with a desk list written blind too)
//   blind-2026-12-03-e (set E)  0.783 before the fourth round, 0.788 after it (0.805 with its desk list)
//   blind-2026-12-03-f (set F)  0.802 before the fifth round, 0.804 after it (0.838 with its desk list); 0.807
//                               with the rules of the morning before: the day's rules gained nothing on it
//   blind-2026-12-03-g (set G)  0.824 before the sixth round, 0.825 after it
//   blind-2026-12-03-h (set H)  0.799 once, after the sixth round
// The later figures are what an editor can expect on a new article; the ones below are not. On 2026-12-04
// three gold files of sets F and H were mended: they typed a town taken or retaken as a strategic development,
// where the vocabulary (ACLED's) has it among battles; with that, set F measures 0.847 and set H 0.815.
//   blind-2026-12-04-i (set I)  0.828 before the learned second look at names (model/typing.ts), 0.844 after
//                               it (13 articles up, none down; its weights were frozen before set I was
//                               scored, never trained on it); 0.842 once a demo test showed it making a
//                               nom de guerre a place and that change was taken from it
//   blind-2026-12-04-j (set J)  0.856 with the rules of the morning (before), 0.875 with the day's (after)
//   blind-2026-12-04-k (set K)  0.886 once, after the seventh round (0.831 with the rules of the morning)
//   blind-2026-12-04-l (set L)  0.898 once, after the eighth (0.872 with the rules of the morning)
//   blind-2026-12-04-m (set M)  0.873 before the ninth round, 0.877 after it
//   blind-2026-12-04-n (set N)  0.888 once, after the ninth round (0.886 with the rules before it)
//   blind-2026-12-04-o (set O)  0.910 before the tenth round, 0.910 after it
//   blind-2026-12-04-p (set P)  0.862 once, after the tenth round (0.858 with the rules before it)
//   blind-2026-12-04-q (set Q)  0.852 before the eleventh round, 0.868 after it
//   blind-2026-12-04-r (set R)  0.883 once, after the eleventh round (0.896 with the rules before it: the round
//                               read a raid by riot police as a riot; mended once R was read, 9804f80)
//   blind-2026-12-04-s (set S)  0.901 before the twelfth round, 0.901 after it
//   blind-2026-12-04-t (set T)  0.841 once, after the twelfth round (0.833 with the rules before it)
//   blind-2026-12-04-u (set U)  0.889 before the thirteenth round, 0.958 after it (the round read U's misses)
//   blind-2026-12-04-v (set V)  0.913 once, after the thirteenth round (0.907 with the rules before it)
//   blind-2026-12-04-w (set W)  0.899 once, after the thirteenth round (0.894 with the rules before it)
//   blind-2026-12-04-x (set X)  0.916 before the fourteenth round, 0.954 after it (the round read X's misses)
//   blind-2026-12-04-y (set Y)  0.854 once, after the fourteenth round's first stage (0.836 with the rules before it)
//   blind-2026-12-04-z (set Z)  0.909 once, after the fourteenth round's first stage (0.901 with the rules before it)
//   blind-2026-12-04-aa (set AA) 0.869 before the fourteenth round's second stage
//   blind-2026-12-04-ab (set AB) 0.855 once, after the fourteenth round (0.836 with the rules before it)
//   blind-2026-12-04-ac (set AC) 0.864 once, after the fifteenth round (0.863 with the rules before the fourteenth)
//   blind-2026-12-04-ad (set AD) 0.922 before the sixteenth round
//   blind-2026-12-04-ae (set AE) 0.894 once, after the sixteenth round (0.873 with the rules before the fourteenth)
//   blind-2026-12-05-ag (set AG) 0.864 before the seventeenth round, 0.930 after it (the round read AG's misses)
//   blind-2026-12-05-ah (set AH) 0.931 before the seventeenth round, 0.963 after it (the round read AH's misses)
//   blind-2026-12-05-af (set AF) 0.892 once, after the seventeenth round (0.874 with the rules before it)
//   blind-2026-12-05-ai (set AI) 0.871 once, after the seventeenth round (0.861 with the rules before it)
//   blind-2026-12-05-aj (set AJ) 0.920 before the eighteenth round
//   blind-2026-12-05-ak (set AK) 0.898 before the eighteenth round
//   blind-2026-12-05-al (set AL) 0.893 once, after the eighteenth round (0.892 with the rules before it)
//   blind-2026-12-05-am (set AM) 0.908 once, after the eighteenth round (0.907 with the rules before it)
//   blind-2026-12-05-an (set AN) 0.872 once, after the nineteenth round (0.872 with the rules before it)
//   blind-2026-12-05-ao (set AO) 0.922 once, after the nineteenth round (0.931 with the rules before it)
//   blind-2026-12-05-ap (set AP) 0.866 once, after the nineteenth round (0.864 with the rules before it)
//   blind-2026-12-05-aq (set AQ) 0.928 once, after the nineteenth round (0.926 with the rules before it)
//   blind-2026-12-05-ar (set AR) 0.898 once, after the twentieth round (0.898 with the rules before it)
//   blind-2026-12-05-as (set AS) 0.893 once, after the twentieth round (0.893 with the rules before it, 0.902
//                                with the rules of the morning: the day's rounds lost one of its dates)
//   (AN to AS were not in the models' training when scored; the retraining of df5aae1 took them in.)
//   blind-2026-12-05-at (set AT) 0.910 before the twenty-first round, 0.941 after its rules
//   blind-2026-12-05-au (set AU) 0.905 before the twenty-first round, 0.928 after its rules
//   blind-2026-12-05-av (set AV) 0.883 once, after the twenty-first round (0.889 with the rules before it)
//   blind-2026-12-05-aw (set AW) 0.932 once, after the twenty-first round (0.931 with the rules before it)
//   blind-2026-12-05-ax (set AX) 0.937 before the twenty-second round, 0.949 after its rules
//   blind-2026-12-05-ay (set AY) 0.901 before the twenty-second round, 0.929 after its rules
//   blind-2026-12-05-az (set AZ) 0.924 once, after the twenty-second round (0.923 with the rules before it)
//   blind-2026-12-05-ba (set BA) 0.879 once, after the twenty-second round (0.878 with the rules before it)
//   blind-2026-12-05-bb (set BB) 0.944 before the twenty-third round, 0.945 after its rules
//   blind-2026-12-05-bc (set BC) 0.916 before the twenty-third round, 0.937 after its rules
//   blind-2026-12-05-bd (set BD) 0.914 once, after the twenty-third round (0.912 with the rules before it)
//   blind-2026-12-05-be (set BE) 0.925 once, after the twenty-third round (0.925 with the rules before it)
//   blind-2026-12-05-bf (set BF) 0.946 once, at the session's last commit (fb44c8f)
//   blind-2026-12-05-bg (set BG) 0.930 once, at the session's last commit (fb44c8f)
//   (BD to BG were not in the models' training when scored; the retraining of 61a99d8 took them in.)
//   blind-2026-12-05-bh (set BH) 0.940 before the twenty-fourth round (61a99d8), 0.959 after its rules
//   blind-2026-12-05-bi (set BI) 0.915 before the twenty-fourth round (61a99d8), 0.949 after its rules
//   blind-2026-12-05-bj (set BJ) 0.915 once, after the twenty-fourth round (895f26e; 0.915 with the rules before it)
//   blind-2026-12-05-bk (set BK) 0.925 once, after the twenty-fourth round (895f26e; 0.925 with the rules before it)
//   blind-2026-12-05-bl (set BL) 0.893 once, after the twenty-fifth round (b362cd6; 0.890 with the rules of 61a99d8)
//   blind-2026-12-05-bm (set BM) 0.935 once, after the twenty-fifth round (b362cd6; 0.931 with the rules of 61a99d8)
//   blind-2026-12-05-bn (set BN) 0.924 once, after the twenty-sixth round (836385c; 0.923 with the rules of 61a99d8)
//   blind-2026-12-05-bo (set BO) 0.916 once, after the twenty-sixth round (836385c; 0.914 with the rules of 61a99d8)
//   blind-2026-12-05-bp (set BP) 0.906 once, after the twenty-seventh round (8e18c61; 0.885 with the rules of 61a99d8)
//   blind-2026-12-05-bq (set BQ) 0.903 once, after the twenty-seventh round (8e18c61; 0.899 with the rules of 61a99d8)
//   blind-2026-12-05-br (set BR) 0.945 once, after the twenty-eighth round (fb1409d; 0.934 with the rules of 61a99d8)
//   blind-2026-12-05-bs (set BS) 0.932 once, after the twenty-eighth round (fb1409d; 0.933 with the rules of 61a99d8)
//   blind-2026-12-05-bt (set BT) 0.944 once, at the session's last rules and models (72d3945; 0.944 with those of 61a99d8)
//   blind-2026-12-05-bu (set BU) 0.929 once, at the session's last rules and models (72d3945; 0.923 with those of 61a99d8)
//   (BT and BU were not in the models' training when scored.)
//   blind-2026-12-05-bv (set BV) 0.922 once, before the thirtieth round (4e224ee; quotes 0.79, under the 0.80 floor)
//   blind-2026-12-05-bw (set BW) 0.933 once, before the thirtieth round (4e224ee)
//   blind-2026-12-05-bx (set BX) 0.904 once, after the thirtieth round (56bdc85; 0.902 with the rules of 4e224ee)
//   blind-2026-12-05-by (set BY) 0.937 once, after the thirtieth round (56bdc85; 0.936 with the rules of 4e224ee)
//   blind-2026-12-05-bz (set BZ) 0.934 once, after the thirty-first round (f8cb49d; 0.931 with the rules of 4e224ee)
//   blind-2026-12-05-ca (set CA) 0.915 once, after the thirty-first round (f8cb49d; 0.915 with the rules of 4e224ee)
//   blind-2026-12-05-cb (set CB) 0.915 once, after the thirty-second round (af5497f; 0.906 with the rules of 4e224ee)
//   blind-2026-12-05-cc (set CC) 0.928 once, after the thirty-second round (af5497f; 0.926 with the rules of 4e224ee)
//   blind-2026-12-05-cd (set CD) 0.944 once, after the thirty-third round (de6c852; 0.935 with the rules of 4e224ee)
//   blind-2026-12-05-ce (set CE) 0.927 once, after the thirty-third round (de6c852; 0.920 with the rules of 4e224ee)
//   blind-2026-12-05-cf (set CF) 0.929 once, after the thirty-fourth round (3c69d32; 0.928 with the rules of 4e224ee)
//   blind-2026-12-05-cg (set CG) 0.946 once, after the thirty-fourth round (3c69d32; 0.945 with the rules of 4e224ee)
//   blind-2026-12-05-ch (set CH) 0.939 once, after the thirty-fifth round (badf5b5; 0.936 with the rules of 4e224ee)
//   blind-2026-12-05-ci (set CI) 0.928 once, after the thirty-fifth round (badf5b5; 0.925 with the rules of 4e224ee)
//   blind-2026-12-05-cj (set CJ) 0.932 once, after the thirty-sixth round (aaa9233; 0.925 with the rules of 4e224ee)
//   blind-2026-12-05-ck (set CK) 0.930 once, after the thirty-sixth round (aaa9233; 0.928 with the rules of 4e224ee)
//   blind-2026-12-05-cl (set CL) 0.916 once, at the session's last rules (96edbde; 0.907 with the rules of 4e224ee)
//   blind-2026-12-05-cm (set CM) 0.920 once, at the session's last rules (96edbde; 0.917 with the rules of 4e224ee)
//   blind-2026-12-05-cn (set CN) 0.945 before the thirty-eighth round (775b033; 0.934 with the rules of 4e224ee; its quotes 0.796, a miss), 0.959 after it
//   blind-2026-12-05-co (set CO) 0.940 before the thirty-eighth round (775b033; 0.933 with the rules of 4e224ee), 0.950 after it
//   blind-2026-12-05-cp (set CP) 0.946 once, after the thirty-eighth round (d72f3e7; 0.943 with the rules of 4e224ee)
//   blind-2026-12-05-cq (set CQ) 0.932 once, after the thirty-eighth round (d72f3e7; 0.931 with the rules of 4e224ee)
//   blind-2026-12-05-cr (set CR) 0.939 once, after the thirty-ninth round (a474963; 0.936 with the rules of 4e224ee)
//   blind-2026-12-05-cs (set CS) 0.936 once, after the thirty-ninth round (a474963; 0.939 with the rules of 4e224ee)
//   blind-2026-12-05-ct (set CT) 0.916 once, after the fortieth round (73d42f7; 0.915 with the rules of 4e224ee)
//   blind-2026-12-05-cu (set CU) 0.937 once, after the fortieth round (73d42f7; 0.937 with the rules of 4e224ee)
//   blind-2026-12-05-cv (set CV) 0.916 once, after the forty-first round (2196b20; 0.916 with the rules of 4e224ee)
//   blind-2026-12-05-cw (set CW) 0.911 once, after the forty-first round (2196b20; 0.884 with the rules of 4e224ee)
//   blind-2026-12-05-cx (set CX) 0.933 once, after the forty-second round (ecf31c6; 0.931 with the rules of 4e224ee)
//   blind-2026-12-05-cy (set CY) 0.949 once, after the forty-second round (ecf31c6; 0.945 with the rules of 4e224ee)
//   blind-2026-12-05-cz (set CZ) 0.916 once, after the forty-third round (08397c0; 0.904 with the rules of 4e224ee)
//   blind-2026-12-05-da (set DA) 0.939 once, after the forty-third round (08397c0; 0.936 with the rules of 4e224ee)
//   blind-2026-12-05-db (set DB) 0.939 once, after the forty-fourth round (479e576; 0.906 with the rules of 4e224ee)
//   blind-2026-12-05-dc (set DC) 0.930 once, after the forty-fourth round (479e576; 0.928 with the rules of 4e224ee)
//   blind-2026-12-05-dd (set DD) 0.945 once, after the forty-fifth round (cbc02fd; 0.939 with the rules of 4e224ee)
//   blind-2026-12-05-de (set DE) 0.910 once, after the forty-fifth round (cbc02fd; 0.908 with the rules of 4e224ee)
//   blind-2026-12-05-df (set DF) 0.939 once, at the session's last rules (3b300a3; 0.920 with the rules of 4e224ee)
//   blind-2026-12-05-dg (set DG) 0.931 once, at the session's last rules (3b300a3; 0.921 with the rules of 4e224ee)
//   blind-2026-12-05-dh (set DH) 0.945 before the forty-seventh round (93a18ee), 0.958 after it
//   blind-2026-12-05-di (set DI) 0.908 before the forty-seventh round (93a18ee), 0.931 after it
//   blind-2026-12-05-dj (set DJ) 0.909 once, after the forty-seventh round (4a1d87f; 0.909 with the rules of 93a18ee, 0.892 with those of 4e224ee)
//   blind-2026-12-05-dk (set DK) 0.924 once, after the forty-seventh round (4a1d87f; 0.920 with 93a18ee, 0.913 with 4e224ee)
//   blind-2026-12-05-dl (set DL) 0.864 once, after the forty-eighth round (934bba9; 0.863 with 93a18ee, 0.862 with 4e224ee)
//   blind-2026-12-05-dm (set DM) 0.890 once, after the forty-eighth round (934bba9; 0.887 with 93a18ee, 0.886 with 4e224ee)
//   blind-2026-12-05-dn (set DN) 0.890 once, after the forty-ninth round (92d465f; 0.889 with 93a18ee, 0.888 with 4e224ee)
//   blind-2026-12-05-do (set DO) 0.854 once, after the forty-ninth round (92d465f; 0.845 with 93a18ee, 0.845 with 4e224ee)
//   blind-2026-12-05-dp (set DP) 0.926 once, after the fiftieth round (93dd3d1; 0.926 with 93a18ee, 0.911 with 4e224ee)
//   blind-2026-12-05-dq (set DQ) 0.930 once, after the fiftieth round (93dd3d1; 0.930 with 93a18ee, 0.912 with 4e224ee)
//   blind-2026-12-05-dr (set DR) 0.884 once, after the fifty-first round (51176c2; 0.868 with 93a18ee, 0.853 with 4e224ee)
//   blind-2026-12-05-ds (set DS) 0.898 once, after the fifty-first round (51176c2; 0.879 with 93a18ee, 0.866 with 4e224ee)
//   blind-2026-12-05-dt (set DT) 0.915 once, after the fifty-second round (9913844; 0.912 with 93a18ee, 0.908 with 4e224ee)
//   blind-2026-12-05-du (set DU) 0.927 once, after the fifty-second round (9913844; 0.923 with 93a18ee, 0.903 with 4e224ee)
//   blind-2026-12-05-dv (set DV) 0.894 once, after the fifty-third round (95ff398; 0.908 with 93a18ee, 0.896 with 4e224ee)
//   blind-2026-12-05-dw (set DW) 0.8996 once, after the fifty-third round (95ff398; 0.898 with 93a18ee, 0.881 with 4e224ee; just under 0.90)
//   blind-2026-12-05-dx (set DX) 0.874 once, at the session's last rules (ea12350; 0.849 with 93a18ee, 0.849 with 4e224ee; quotes 0.79)
//   blind-2026-12-05-dy (set DY) 0.944 once, at the session's last rules (ea12350; 0.944 with 93a18ee, 0.943 with 4e224ee)
//   blind-2026-12-05-dz (set DZ) 0.914 once, after the gazetteer's additions (d79a95f; 0.914 with the rules of 5812d67)
//   blind-2026-12-05-ea (set EA) 0.928 once, after the gazetteer's additions (d79a95f; 0.915 with the rules of 5812d67)
//   blind-2026-12-05-eb (set EB) 0.920 once, after the gazetteer's additions (d79a95f; 0.920 with the rules of 5812d67)
//   blind-2026-12-05-ec (set EC) 0.951 once, after the gazetteer's additions (d79a95f; 0.951 with the rules of 5812d67)
//   blind-2026-12-05-ed (set ED) 0.916 once, after the fifty-fifth round (8145927; 0.916 with the rules of 5812d67)
//   blind-2026-12-05-ee (set EE) 0.926 once, after the fifty-fifth round (8145927; 0.926 with the rules of 5812d67)
//   blind-2026-12-05-ef (set EF) 0.918 once, after the fifty-fifth round (8145927; 0.917 with the rules of 5812d67)
//   blind-2026-12-05-eg (set EG) 0.895 once, after the fifty-fifth round (8145927; 0.894 with the rules of 5812d67)
//   blind-2026-12-05-eh (set EH) 0.914 once, after the fifty-sixth round (46a2122; 0.914 with the rules of 5812d67)
//   blind-2026-12-05-ei (set EI) 0.937 once, after the fifty-sixth round (46a2122; 0.936 with the rules of 5812d67)
//   blind-2026-12-05-ej (set EJ) 0.908 once, after the fifty-sixth round (46a2122; 0.907 with the rules of 5812d67)
//   blind-2026-12-05-ek (set EK) 0.909 once, after the fifty-sixth round (46a2122; 0.909 with the rules of 5812d67)
//   blind-2026-12-05-el (set EL) 0.915 once, after the fifty-eighth round (07cd12e; 0.913 with the rules of 5812d67)
//   blind-2026-12-05-em (set EM) 0.906 once, after the fifty-eighth round (07cd12e; 0.906 with the rules of 5812d67)
//   blind-2026-12-05-en (set EN) 0.885 once, after the fifty-eighth round (07cd12e; 0.882 with the rules of 5812d67)
//   blind-2026-12-05-eo (set EO) 0.926 once, after the fifty-eighth round (07cd12e; 0.926 with the rules of 5812d67)
//   blind-2026-12-05-ep (set EP) 0.877 once, after the fifty-eighth round (07cd12e; 0.877 with the rules of 5812d67)
//   blind-2026-12-05-eq (set EQ) 0.878 once, after the fifty-eighth round (07cd12e; 0.878 with the rules of 5812d67)
//   blind-2026-12-05-er (set ER) 0.924 once, after the fifty-eighth round (07cd12e; 0.924 with the rules of 5812d67)
//   blind-2026-12-05-es (set ES) 0.916 once, after the fifty-eighth round (07cd12e; 0.915 with the rules of 5812d67)
//   blind-2026-12-05-et (set ET) 0.929 once, after the sixtieth round (23bbd1a; 0.930 with the rules of 5812d67)
//   blind-2026-12-05-eu (set EU) 0.904 once, after the sixtieth round (23bbd1a; 0.903 with the rules of 5812d67)
//   blind-2026-12-05-ev (set EV) 0.936 once, after the sixtieth round (23bbd1a; 0.935 with the rules of 5812d67)
//   blind-2026-12-05-ew (set EW) 0.915 once, after the sixtieth round (23bbd1a; 0.915 with the rules of 5812d67)
//   blind-2026-12-05-ex (set EX) 0.908 once, at the session's last rules (c050ee2; 0.907 with the rules of 5812d67)
//   blind-2026-12-05-ey (set EY) 0.880 once, at the session's last rules (c050ee2; 0.879 with the rules of 5812d67)
//   blind-2026-12-05-ez (set EZ) 0.890 once, at the session's last rules (c050ee2; 0.886 with the rules of 5812d67)
//   blind-2026-12-05-fa (set FA) 0.912 once, at the session's last rules (c050ee2; 0.912 with the rules of 5812d67)
//   blind-2026-12-06-fb (set FB) 0.935 once, at the rules the session started from (80f5931; 0.934 with the rules of 5812d67)
//   blind-2026-12-06-fc (set FC) 0.926 once, at the rules the session started from (80f5931; 0.926 with the rules of 5812d67)
//   blind-2026-12-06-fd (set FD) 0.859 once, at the rules the session started from (80f5931; 0.858 with the rules of 5812d67)
//   blind-2026-12-06-fe (set FE) 0.936 once, at the rules the session started from (80f5931; 0.913 with the rules of 5812d67)
//   blind-2026-12-06-ff (set FF) 0.890 once, after the sixty-second round (4c0fae3; 0.890 with the rules of 80f5931)
//   blind-2026-12-06-fg (set FG) 0.918 once, after the sixty-second round (4c0fae3; 0.918 with the rules of 80f5931)
//   blind-2026-12-06-fh (set FH) 0.910 once, after the sixty-second round (4c0fae3; 0.910 with the rules of 80f5931)
//   blind-2026-12-06-fi (set FI) 0.929 once, after the sixty-second round (4c0fae3; 0.929 with the rules of 80f5931)
//   blind-2026-12-06-fj (set FJ) 0.901 once, after the sixty-third round (732eb32; 0.901 with the rules of 80f5931)
//   blind-2026-12-06-fk (set FK) 0.899 once, after the sixty-third round (732eb32; 0.899 with the rules of 80f5931)
//   blind-2026-12-06-fl (set FL) 0.914 once, after the sixty-third round (732eb32; 0.915 with the rules of 80f5931)
//   blind-2026-12-06-fm (set FM) 0.924 once, after the sixty-third round (732eb32; 0.924 with the rules of 80f5931)
//   blind-2026-12-06-fn (set FN) 0.914 once, at the session's last rules (b3584f9; 0.914 with the rules of 80f5931; organisations 0.78)
//   blind-2026-12-06-fo (set FO) 0.945 once, at the session's last rules (b3584f9; 0.945 with the rules of 80f5931)
//   blind-2026-12-06-fp (set FP) 0.934 once, at the session's last rules (b3584f9; 0.934 with the rules of 80f5931)
//   blind-2026-12-06-fq (set FQ) 0.907 once, at the session's last rules (b3584f9; 0.907 with the rules of 80f5931)
//   blind-2026-12-06-fr (set FR) 0.950 once, at the rules of a6307ea (extraction as 85e7c19)
//   blind-2026-12-06-fs (set FS) 0.928 once, at the rules of a6307ea (extraction as 85e7c19)
//   blind-2026-12-06-ft (set FT) 0.878 once, at the rules of a6307ea (extraction as 85e7c19)
//   blind-2026-12-06-fu (set FU) 0.901 once, at the rules of a6307ea (extraction as 85e7c19; organisations 0.76)
//   blind-2026-12-06-fv (set FV) 0.907 once, after the sixty-fifth round (b595d7b; 0.907 with the rules of a6307ea)
//   blind-2026-12-06-fw (set FW) 0.921 once, after the sixty-fifth round (b595d7b; 0.920 with the rules of a6307ea)
//   blind-2026-12-06-fx (set FX) 0.936 once, after the sixty-fifth round (b595d7b; 0.936 with the rules of a6307ea)
//   blind-2026-12-06-fy (set FY) 0.926 once, after the sixty-fifth round (b595d7b; 0.925 with the rules of a6307ea)
//   blind-2026-12-06-fz (set FZ) 0.900 once, with the models retrained (0ee7bb3; 0.896 with the models before)
//   blind-2026-12-06-ga (set GA) 0.929 once, with the models retrained (0ee7bb3; 0.926 with the models before)
//   blind-2026-12-06-gb (set GB) 0.896 once, with the models retrained (0ee7bb3; 0.897 with the models before)
//   blind-2026-12-06-gc (set GC) 0.950 once, with the models retrained (0ee7bb3; 0.950 with the models before)
//   blind-2026-12-06-gd (set GD) 0.912 once, after the sixty-sixth round (0d80d21; 0.912 with the rules of 0ee7bb3)
//   blind-2026-12-06-ge (set GE) 0.913 once, after the sixty-sixth round (0d80d21; 0.913 with the rules of 0ee7bb3)
//   blind-2026-12-06-gf (set GF) 0.923 once, after the sixty-sixth round (0d80d21; 0.923 with the rules of 0ee7bb3)
//   blind-2026-12-06-gg (set GG) 0.918 once, after the sixty-sixth round (0d80d21; 0.918 with the rules of 0ee7bb3)
//   blind-2026-12-06-gh (set GH) 0.928 once, after the sixty-seventh round (b827be2; 0.928 with the rules of 0d80d21)
//   blind-2026-12-06-gi (set GI) 0.940 once, after the sixty-seventh round (b827be2; 0.940 with the rules of 0d80d21)
//   blind-2026-12-06-gj (set GJ) 0.928 once, after the sixty-seventh round (b827be2; 0.928 with the rules of 0d80d21)
//   blind-2026-12-06-gk (set GK) 0.941 once, after the sixty-seventh round (b827be2; 0.941 with the rules of 0d80d21)
//   blind-2026-12-06-gl (set GL) 0.925 once, at the rules the session started from (8ac52cb), then read by the sixty-eighth round
//   blind-2026-12-06-gm (set GM) 0.930 once, at the rules the session started from (8ac52cb), then read by the sixty-eighth round
//   blind-2026-12-06-gn (set GN) 0.928 once, at the rules the session started from (8ac52cb), then read by the sixty-eighth round
//   blind-2026-12-06-go (set GO) 0.924 once, at the rules the session started from (8ac52cb), then read by the sixty-eighth round
//   blind-2026-12-06-gp (set GP) 0.946 once, after the sixty-eighth round and the models retrained (75380d2; 0.946 with the rules and models of 8ac52cb), then read by the sixty-ninth round
//   blind-2026-12-06-gq (set GQ) 0.939 once, after the sixty-eighth round and the models retrained (75380d2; 0.947 with the rules and models of 8ac52cb), then read by the sixty-ninth round
//   blind-2026-12-06-gr (set GR) 0.959 once, after the sixty-eighth round and the models retrained (75380d2; 0.958 with the rules and models of 8ac52cb)
//   blind-2026-12-06-gs (set GS) 0.926 once, after the sixty-eighth round and the models retrained (75380d2; 0.918 with the rules and models of 8ac52cb), then read by the sixty-ninth round
//   blind-2026-12-06-gt (set GT) 0.956 once, after the sixty-ninth round (cbe3692; 0.955 with 75380d2)
//   blind-2026-12-06-gu (set GU) 0.920 once, after the sixty-ninth round (cbe3692; 0.920 with 75380d2; organisations 0.796), then read by the seventieth round
//   blind-2026-12-06-gv (set GV) 0.910 once, after the sixty-ninth round (cbe3692; 0.910 with 75380d2), then read by the seventieth round
//   blind-2026-12-06-gw (set GW) 0.931 once, after the sixty-ninth round (cbe3692; 0.931 with 75380d2)
//   blind-2026-12-06-gx (set GX) 0.929 once, at the rules the session started from (5648065), then read by the seventy-first to seventy-third rounds
//   blind-2026-12-06-gy (set GY) 0.947 once, at the rules the session started from (5648065), then read by the seventy-first to seventy-third rounds
//   blind-2026-12-06-gz (set GZ) 0.932 once, at the rules the session started from (5648065), then read by the seventy-first to seventy-third rounds
//   blind-2026-12-06-ha (set HA) 0.918 once, at the rules the session started from (5648065), then read by the seventy-first to seventy-third rounds
//   blind-2026-12-06-hb (set HB) 0.915 once, after the seventy-first round (69c2d47; 0.915 with 5648065), then read by the seventy-second and seventy-third
//   blind-2026-12-06-hc (set HC) 0.931 once, after the seventy-first round (69c2d47; 0.931 with 5648065; organisations 0.791), then read by the seventy-second and seventy-third
//   blind-2026-12-06-hd (set HD) 0.929 once, after the seventy-first round (69c2d47; 0.929 with 5648065), then read by the seventy-second and seventy-third
//   blind-2026-12-06-he (set HE) 0.963 once, after the seventy-first round (69c2d47; 0.962 with 5648065), then read by the seventy-third
//   blind-2026-12-06-hf (set HF) 0.943 once, after the seventy-third round (236f38c; 0.943 with c06b663), then read by the seventy-fourth and fifth
//   blind-2026-12-06-hg (set HG) 0.917 once, after the seventy-third round (236f38c; 0.917 with c06b663), then read by the seventy-fourth and fifth
//   blind-2026-12-06-hh (set HH) 0.924 once, after the seventy-third round (236f38c; 0.924 with c06b663), then read by the seventy-fourth and fifth
//   blind-2026-12-06-hi (set HI) 0.907 once, after the seventy-third round (236f38c; 0.906 with c06b663), then read by the seventy-fourth and fifth
//   blind-2026-12-06-hj (set HJ) 0.933 once, after the seventy-fifth round (704938d; 0.933 with 5648065, the session's first rules); read by no round yet
//   blind-2026-12-06-hk (set HK) 0.969 once, after the seventy-fifth round (704938d; 0.969 with 5648065)
//   blind-2026-12-06-hl (set HL) 0.929 once, after the seventy-fifth round (704938d; 0.928 with 5648065)
//   blind-2026-12-06-hm (set HM) 0.946 once, after the seventy-fifth round (704938d; 0.945 with 5648065)
//   blind-2026-12-06-hn (set HN) 0.909 once, after the models were retrained on the sets up to HM (c1f0273; 0.909 with 8ab174a), then read by the seventy-sixth to seventy-eighth rounds
//   blind-2026-12-06-ho (set HO) 0.919 once, after the retraining (c1f0273; 0.919 with 8ab174a), then read by the seventy-sixth to seventy-eighth rounds
//   blind-2026-12-06-hp (set HP) 0.952 once, after the retraining (c1f0273; 0.951 with 8ab174a), then read by the seventy-sixth to seventy-eighth rounds
//   blind-2026-12-06-hq (set HQ) 0.931 once, after the retraining (c1f0273; 0.931 with 8ab174a), then read by the seventy-sixth to seventy-eighth rounds
//   blind-2026-12-06-hr (set HR) 0.927 once, after the seventy-sixth round (1b6e84a; 0.927 with c1f0273), then read by the seventy-seventh and eighth
//   blind-2026-12-06-hs (set HS) 0.949 once, after the seventy-sixth round (1b6e84a; 0.949 with c1f0273), then read by the seventy-seventh and eighth
//   blind-2026-12-06-ht (set HT) 0.954 once, after the seventy-seventh round (4b89791; 0.955 with 1b6e84a), then read by the seventy-eighth
//   blind-2026-12-06-hu (set HU) 0.940 once, after the seventy-seventh round (4b89791; 0.940 with 1b6e84a), then read by the seventy-eighth
//   blind-2026-12-06-hv (set HV) 0.922 once, after the seventy-eighth round (02d6372; 0.922 with c1f0273), then read by the seventy-ninth
//   blind-2026-12-06-hw (set HW) 0.945 once, after the seventy-eighth round (02d6372; 0.944 with c1f0273), then read by the seventy-ninth
//   blind-2026-12-06-hx (set HX) 0.941 once, after the seventy-eighth round (02d6372; 0.940 with c1f0273), then read by the seventy-ninth
//   blind-2026-12-06-hy (set HY) 0.891 once, after the seventy-eighth round (02d6372; 0.889 with c1f0273; missed: event types 0.81), then read by the seventy-ninth
//   blind-2026-12-06-hz (set HZ) 0.936 once, after the seventy-ninth round (64c17ef; 0.936 with 694b1b0); read by no round
//   blind-2026-12-06-ia (set IA) 0.936 once, after the seventy-ninth round (64c17ef; 0.936 with 694b1b0)
//   blind-2026-12-06-ib (set IB) 0.881 once, after the seventy-ninth round (64c17ef; 0.881 with 694b1b0; missed: event types 0.75)
//   blind-2026-12-06-ic (set IC) 0.942 once, after the seventy-ninth round (64c17ef; 0.942 with 694b1b0)
//   blind-2026-12-06-id (set ID) 0.936 once, at d5334d2, before the eightieth round, then read by the eightieth to eighty-third rounds
//   blind-2026-12-06-ie (set IE) 0.944 once, at d5334d2, before the eightieth round, then read by the eightieth to eighty-third
//   blind-2026-12-06-if (set IF) 0.922 once, at d5334d2, before the eightieth round, then read by the eightieth to eighty-third
//   blind-2026-12-06-ig (set IG) 0.924 once, at d5334d2, before the eightieth round, then read by the eightieth to eighty-third
//   blind-2026-12-06-ih (set IH) 0.918 once, after the eightieth round (acee931; 0.918 with d5334d2), then read by the eighty-first to eighty-third
//   blind-2026-12-06-ii (set II) 0.937 once, after the eightieth round (acee931; 0.937 with d5334d2), then read by the eighty-first to eighty-third
//   blind-2026-12-06-ij (set IJ) 0.934 once, after the eightieth round (acee931; 0.934 with d5334d2), then read by the eighty-first to eighty-third
//   blind-2026-12-06-ik (set IK) 0.937 once, after the eightieth round (acee931; 0.937 with d5334d2), then read by the eighty-first to eighty-third
//   blind-2026-12-06-il (set IL) 0.895 once, after the eighty-first round (ca7876f; 0.895 with d5334d2; missed: macro-F1 under 0.90), then read by the eighty-second and third
//   blind-2026-12-06-im (set IM) 0.911 once, after the eighty-first round (ca7876f; 0.911 with d5334d2; missed: organisations 0.79), then read by the eighty-second and third
//   blind-2026-12-06-in (set IN) 0.949 once, after the eighty-first round (ca7876f; 0.949 with d5334d2), then read by the eighty-second and third
//   blind-2026-12-06-io (set IO) 0.907 once, after the eighty-first round (ca7876f; 0.907 with d5334d2), then read by the eighty-second and third
//   blind-2026-12-06-ip (set IP) 0.908 once, after the eighty-second round (d16c988; 0.908 with d5334d2), then read by the eighty-third
//   blind-2026-12-06-iq (set IQ) 0.909 once, after the eighty-second round (d16c988; 0.909 with d5334d2), then read by the eighty-third
//   blind-2026-12-06-ir (set IR) 0.921 once, after the eighty-second round (d16c988; 0.921 with d5334d2), then read by the eighty-third
//   blind-2026-12-06-is (set IS) 0.960 once, after the eighty-second round (d16c988; 0.960 with d5334d2), then read by the eighty-third
//   blind-2026-12-06-it (set IT) 0.913 once, after the eighty-third round (b4daea7; 0.905 with d5334d2); read by no round
//   blind-2026-12-06-iu (set IU) 0.948 once, after the eighty-third round (b4daea7; 0.948 with d5334d2); read by no round
//   blind-2026-12-06-iv (set IV) 0.894 once, after the eighty-third round (b4daea7; 0.894 with d5334d2; missed: macro-F1 under 0.90, places 0.79); read by no round
//   blind-2026-12-06-iw (set IW) 0.913 once, after the eighty-third round (b4daea7; 0.913 with d5334d2); read by no round
//   blind-2026-12-06-ix (set IX) 0.871 once, at the eighty-third round's rules (b4daea7; 0.871 with d5334d2; missed: sub-event types 0.69), then read by the eighty-fourth
//   blind-2026-12-06-iy (set IY) 0.966 once, at the eighty-third round's rules (b4daea7; 0.966 with d5334d2); read by no round
//   blind-2026-12-06-iz (set IZ) 0.960 once, at the eighty-third round's rules (b4daea7; 0.960 with d5334d2); read by no round
//   blind-2026-12-06-ja (set JA) 0.931 once, at the eighty-third round's rules (b4daea7; 0.931 with d5334d2); read by no round
//   blind-2026-12-06-jb (set JB) 0.938 once, with the three models retrained (09c9f1d); 0.936 with 3b19392; read by the 85th round
//   blind-2026-12-06-jc (set JC) 0.942 once, with the three models retrained (09c9f1d); 0.938 with 3b19392; read by the 85th round
//   blind-2026-12-06-jd (set JD) 0.899 once, with the three models retrained (09c9f1d); 0.891 with 3b19392; missed: macro-F1 under 0.90; read by the 85th round
//   blind-2026-12-06-je (set JE) 0.959 once, with the three models retrained (09c9f1d); 0.959 with 3b19392; read by the 85th round
//   blind-2026-12-06-jf (set JF) 0.919 once, at the eighty-fifth round's rules (32449ac); 0.925 with 3b19392; read by the 86th round
//   blind-2026-12-06-jg (set JG) 0.941 once, at the eighty-fifth round's rules (32449ac); 0.941 with 3b19392; read by the 86th round
//   blind-2026-12-06-jh (set JH) 0.948 once, at the eighty-fifth round's rules (32449ac); 0.946 with 3b19392; read by the 86th round
//   blind-2026-12-06-ji (set JI) 0.910 once, at the eighty-fifth round's rules (32449ac); 0.910 with 3b19392; read by the 86th round
//   blind-2026-12-06-jj (set JJ) 0.956 once, at the eighty-sixth round's rules (b296880); 0.953 with 3b19392; read by the 87th round
//   blind-2026-12-06-jk (set JK) 0.927 once, at the eighty-sixth round's rules (b296880); 0.926 with 3b19392; read by the 87th round
//   blind-2026-12-06-jl (set JL) 0.907 once, at the eighty-sixth round's rules (b296880); 0.914 with 3b19392; read by the 87th round
//   blind-2026-12-06-jm (set JM) 0.942 once, at the eighty-sixth round's rules (b296880); 0.942 with 3b19392; read by the 87th round
//   blind-2026-12-06-jn (set JN) 0.933 once, at the eighty-seventh round's rules (103fe2c); 0.938 with 3b19392; read by the 88th round
//   blind-2026-12-06-jo (set JO) 0.936 once, at the eighty-seventh round's rules (103fe2c); 0.936 with 3b19392; read by the 88th round
//   blind-2026-12-06-jp (set JP) 0.957 once, at the eighty-seventh round's rules (103fe2c); 0.950 with 3b19392; read by the 88th round
//   blind-2026-12-06-jq (set JQ) 0.905 once, at the eighty-seventh round's rules (103fe2c); 0.896 with 3b19392; missed: organisations 0.79; read by the 88th round
//   blind-2026-12-06-jr (set JR) 0.937 once, at the eighty-eighth round's rules (53be56d); 0.936 with 3b19392; read by the 89th round
//   blind-2026-12-06-js (set JS) 0.907 once, at the eighty-eighth round's rules (53be56d); 0.907 with 3b19392; read by the 89th round
//   blind-2026-12-06-jt (set JT) 0.883 once, at the eighty-eighth round's rules (53be56d); 0.883 with 3b19392; missed: macro-F1 under 0.90; read by the 89th round
//   blind-2026-12-06-ju (set JU) 0.924 once, at the eighty-eighth round's rules (53be56d); 0.915 with 3b19392; read by the 89th round
//   blind-2026-12-06-jv (set JV) 0.924 once, at the eighty-ninth round's rules (17aa58e); 0.925 with 3b19392; read by no round
//   blind-2026-12-06-jw (set JW) 0.948 once, at the eighty-ninth round's rules (17aa58e); 0.951 with 3b19392; read by no round
//   blind-2026-12-07-jx (set JX) 0.941 once, at 18f87f2, the session's start; read by the 90th round
//   blind-2026-12-07-jy (set JY) 0.900 once, at 18f87f2, the session's start; missed: macro-F1 0.89998, under 0.90; read by the 90th round
//   blind-2026-12-07-jz (set JZ) 0.934 once, at 18f87f2, the session's start; read by the 90th round
//   blind-2026-12-07-ka (set KA) 0.917 once, at 18f87f2, the session's start; read by the 90th round
//   blind-2026-12-07-kb (set KB) 0.937 once, at the ninetieth round's rules (4db8094); 0.929 with 18f87f2; read by the 91st round
//   blind-2026-12-07-kc (set KC) 0.925 once, at the ninetieth round's rules (4db8094); 0.925 with 18f87f2; read by the 91st round
//   blind-2026-12-07-kd (set KD) 0.931 once, at the ninetieth round's rules (4db8094); 0.931 with 18f87f2; read by the 91st round
//   blind-2026-12-07-ke (set KE) 0.935 once, at the ninetieth round's rules (4db8094); 0.935 with 18f87f2; read by the 91st round
//   blind-2026-12-07-kf (set KF) 0.890 once, at the ninety-first round's rules (925cdff); 0.890 with 18f87f2; missed: macro-F1 under 0.90; read by the 92nd round
//   blind-2026-12-07-kg (set KG) 0.927 once, at the ninety-first round's rules (925cdff); 0.927 with 18f87f2; read by the 92nd round
//   blind-2026-12-07-kh (set KH) 0.949 once, at the ninety-first round's rules (925cdff); 0.949 with 18f87f2; read by the 92nd round
//   blind-2026-12-07-ki (set KI) 0.884 once, at the ninety-first round's rules (925cdff); 0.884 with 18f87f2; missed: macro-F1 under 0.90, people 0.76, organisations 0.79; read by the 92nd round
//   blind-2026-12-07-kj (set KJ) 0.945 once, at the ninety-second round's rules (4cc85d1); 0.945 with 18f87f2; read by no round
//   blind-2026-12-07-kk (set KK) 0.938 once, at the ninety-second round's rules (4cc85d1); 0.936 with 18f87f2; read by no round
//   blind-2026-12-07-kl (set KL) 0.922 once, at the ninety-second round's rules (4cc85d1); 0.918 with 18f87f2; read by no round
//   blind-2026-12-07-km (set KM) 0.904 once, at the ninety-second round's rules (4cc85d1); 0.901 with 18f87f2; read by no round
//   (KN to LC: the 93rd to 96th rounds were written from errors counted over the sets of 2026-12-06 and 12-07
//   before KN, not from these.)
//   blind-2026-12-07-kn (set KN) 0.921 once, at 5a85a91, the session's start; read by no round
//   blind-2026-12-07-ko (set KO) 0.919 once, at 5a85a91, the session's start; read by no round
//   blind-2026-12-07-kp (set KP) 0.893 once, at 5a85a91, the session's start; missed: macro-F1 0.8935, under 0.90; read by no round
//   blind-2026-12-07-kq (set KQ) 0.936 once, at 5a85a91, the session's start; read by no round
//   blind-2026-12-07-kr (set KR) 0.954 once, at the ninety-third round's rules (46f8c39); read by no round
//   blind-2026-12-07-ks (set KS) 0.946 once, at the ninety-third round's rules (46f8c39); read by no round
//   blind-2026-12-07-kt (set KT) 0.935 once, at the ninety-third round's rules (46f8c39); read by no round
//   blind-2026-12-07-ku (set KU) 0.950 once, at the ninety-third round's rules (46f8c39); read by no round
//   blind-2026-12-07-kv (set KV) 0.942 once, at the ninety-fourth round's rules (1159c4a); read by no round
//   blind-2026-12-07-kw (set KW) 0.940 once, at the ninety-fourth round's rules (1159c4a); read by no round
//   blind-2026-12-07-kx (set KX) 0.940 once, at the ninety-fourth round's rules (1159c4a); read by no round
//   blind-2026-12-07-ky (set KY) 0.943 once, at the ninety-fourth round's rules (1159c4a); read by no round
//   blind-2026-12-07-kz (set KZ) 0.937 once, at the ninety-sixth round's rules (691d94b); read by no round
//   blind-2026-12-07-la (set LA) 0.944 once, at the ninety-sixth round's rules (691d94b); read by no round
//   blind-2026-12-07-lb (set LB) 0.907 once, at the ninety-sixth round's rules (691d94b); read by no round
//   blind-2026-12-07-lc (set LC) 0.923 once, at the ninety-sixth round's rules (691d94b); read by no round
//   blind-2026-12-07-ld (set LD) 0.958 once, at ac0c069, the session's start; read by no round
//   blind-2026-12-07-le (set LE) 0.935 once, at ac0c069, the session's start; read by no round
//   blind-2026-12-07-lf (set LF) 0.932 once, at the ninety-seventh round's rules (4c4c8e5); read by no round
//   blind-2026-12-07-lg (set LG) 0.914 once, at the ninety-seventh round's rules (4c4c8e5); read by no round
//   blind-2026-12-07-lh (set LH) 0.927 once, at the ninety-eighth round's rules (f7720d1); read by no round
//   blind-2026-12-07-li (set LI) 0.941 once, at the ninety-eighth round's rules (f7720d1); read by no round
//   blind-2026-12-07-lj (set LJ) 0.901 once, with the models retrained (f3f877f); missed: sub-event 0.75, under 0.80; read by no round
//   blind-2026-12-07-lk (set LK) 0.923 once, with the models retrained (f3f877f); read by no round
//   blind-2026-12-07-ll (set LL) 0.916 once, at 979f758, the session's start; read by no round (one writer listed the folder's file names)
//   blind-2026-12-07-lm (set LM) 0.945 once, at 979f758, the session's start; read by no round
//   blind-2026-12-07-ln (set LN) 0.949 once, at the hundredth round's rules (5f1de5e); read by no round
//   blind-2026-12-07-lo (set LO) 0.921 once, at the hundredth round's rules (5f1de5e); one article read after (its Toyota made the 101st round)
//   blind-2026-12-07-lp (set LP) 0.954 once, at the hundred-and-first round's rules (f7c2e82); read by no round
//   blind-2026-12-07-lq (set LQ) 0.951 once, at the hundred-and-second round's rules (f3c7e46); read by no round
//   blind-2026-12-07-lr (set LR) 0.954 once, at d85cb8d, the session's start; its incident errors read after, no round from them
//   blind-2026-12-07-ls (set LS) 0.940 once, at d85cb8d, the session's start; one article read after (its "clash between two
//                                groups" made the 106th round)
//   blind-2026-12-07-lt (set LT) 0.952 once, at the hundred-and-fifth round's rules (bd82f81; 0.952 with the rules before it); its
//                                incident errors read after, no round from them
//   blind-2026-12-07-lu (set LU) 0.917 once, at the hundred-and-sixth round's rules (9653a85; 0.917 with the session's first rules);
//                                two articles read after, no round from them
//   blind-2026-12-07-lv (set LV) 0.951 once, at 77bf25f, the session's start; its errors read after, no round from them
//   blind-2026-12-07-lw (set LW) 0.924 once, at 77bf25f, the session's start; its errors read after, no round from them
//   blind-2026-12-07-lx (set LX) 0.949 once, after the hundred-and-seventh round's fatality rules (uncommitted then; 0.949
//                                with 77bf25f: those rules move no category of the macro-F1); its errors read after
//   blind-2026-12-07-ly (set LY) 0.954 once, as LX; its errors read after, no round from them
//   blind-2026-12-07-lz (set LZ) 0.953 once, at 4e14202, the session's start; its errors read after, no round from them
//   blind-2026-12-07-ma (set MA) 0.929 once, as LZ
//   blind-2026-12-07-mb (set MB) 0.922 once, as LZ
//   blind-2026-12-07-mc (set MC) 0.943 once, as LZ
//   blind-2026-12-08-md (set MD) 0.954 once, at 80d691c, the session's start; its errors read after, no round from them
//   blind-2026-12-08-me (set ME) 0.945 once, as MD
//   blind-2026-12-08-mf (set MF) 0.918 once, as MD
//   blind-2026-12-08-mg (set MG) 0.909 once, as MD
//   (Until 0ee7bb3 the models were not retrained: a retraining with BT to BW moved the sets it was trained on by
//   -0.004 in sum, so BT to FY were outside their training when scored. 0ee7bb3 retrained all three on every set up
//   to FY (2,939 articles); FZ to GK were outside that training when scored. 75380d2 retrained them on every set up
//   to GO, c1f0273 on every set up to HM (3,579 articles): HN to JA were outside that training when scored;
//   09c9f1d on every set up to JA (4,219 articles): JB to KM were outside it when scored; f3f877f on every set up to
//   LC (5,083 articles): LD to LK were outside it when scored. DH to FQ were written with a wider brief on outlets and
//   forms, including less tidy local English; they start lower than the sets before them. DZ to FQ were each scored
//   once before any round read them; the rounds that read them are in the README.)
// The learned second looks were trained on every set here up to FY (0ee7bb3), so the figures below are what they
// fit, not what they generalise to: leave-one-set-out cross-validation over those sets (2,907 articles) says
// 2,650 -> 2,828 incident dates right (model/dating.ts; mean macro-F1 0.934 -> 0.942) and 1,452 -> 2,111 incident
// places right (model/placing.ts); over every set up to BO (1,083 articles, at 8e18c61) the names' model said
// 0.929 -> 0.942 on the mean (nothing fallen).
import path from 'node:path';
import { extractBriefing } from '../../src/extraction';
import { loadArticles, scoreAll, scoreDraft } from './scorer';

const scoreOf = (folder: string) => {
  const articles = loadArticles(path.join(__dirname, 'fixtures', folder));
  return { count: articles.length, ...scoreAll(articles.map((a) => scoreDraft(extractBriefing(a.text, { publishedAt: a.publishedAt }), a.gold))) };
};

// Each set, its size, and what it measures now; the floor sits two points under that.
const SETS: Array<[folder: string, articles: number, measured: number]> = [
  ['blind-issue-13', 16, 0.975],
  ['fresh-issue-13', 15, 0.957],
  ['final-issue-13', 15, 0.950],
  ['blind-2026-12-03', 16, 0.957],
  ['blind-2026-12-03-e', 16, 0.969],
  ['blind-2026-12-03-f', 15, 0.925],
  ['blind-2026-12-03-g', 16, 0.950],
  ['blind-2026-12-03-h', 15, 0.956],
  ['blind-2026-12-04-i', 16, 0.939],
  ['blind-2026-12-04-j', 16, 0.953],
  ['blind-2026-12-04-k', 16, 0.951],
  ['blind-2026-12-04-l', 16, 0.956],
  ['blind-2026-12-04-m', 16, 0.955],
  ['blind-2026-12-04-n', 16, 0.951],
  ['blind-2026-12-04-o', 16, 0.972],
  ['blind-2026-12-04-p', 16, 0.945],
  ['blind-2026-12-04-q', 16, 0.950],
  ['blind-2026-12-04-r', 16, 0.953],
  ['blind-2026-12-04-s', 16, 0.950],
  ['blind-2026-12-04-t', 16, 0.949],
  ['blind-2026-12-04-u', 16, 0.970],
  ['blind-2026-12-04-v', 16, 0.957],
  ['blind-2026-12-04-w', 16, 0.962],
  ['blind-2026-12-04-x', 16, 0.963],
  ['blind-2026-12-04-y', 16, 0.952],
  ['blind-2026-12-04-z', 16, 0.942],
  ['blind-2026-12-04-aa', 16, 0.969],
  ['blind-2026-12-04-ab', 16, 0.957],
  ['blind-2026-12-04-ac', 16, 0.936],
  ['blind-2026-12-04-ad', 16, 0.956],
  ['blind-2026-12-04-ae', 16, 0.958],
  ['blind-2026-12-05-ag', 16, 0.946],
  ['blind-2026-12-05-ah', 16, 0.974],
  ['blind-2026-12-05-af', 16, 0.942],
  ['blind-2026-12-05-ai', 16, 0.936],
  ['blind-2026-12-05-aj', 16, 0.955],
  ['blind-2026-12-05-ak', 16, 0.950],
  ['blind-2026-12-05-al', 16, 0.936],
  ['blind-2026-12-05-am', 16, 0.944],
  ['blind-2026-12-05-an', 16, 0.950],
  ['blind-2026-12-05-ao', 16, 0.966],
  ['blind-2026-12-05-ap', 16, 0.937],
  ['blind-2026-12-05-aq', 16, 0.972],
  ['blind-2026-12-05-ar', 16, 0.965],
  ['blind-2026-12-05-as', 16, 0.937],
  ['blind-2026-12-05-at', 16, 0.969],
  ['blind-2026-12-05-au', 16, 0.950],
  ['blind-2026-12-05-av', 16, 0.953],
  ['blind-2026-12-05-aw', 16, 0.969],
  ['blind-2026-12-05-ax', 16, 0.956],
  ['blind-2026-12-05-ay', 16, 0.953],
  ['blind-2026-12-05-az', 16, 0.964],
  ['blind-2026-12-05-ba', 16, 0.958],
  ['blind-2026-12-05-bb', 16, 0.967],
  ['blind-2026-12-05-bc', 16, 0.954],
  ['blind-2026-12-05-bd', 16, 0.949],
  ['blind-2026-12-05-be', 16, 0.941],
  ['blind-2026-12-05-bf', 16, 0.959],
  ['blind-2026-12-05-bg', 16, 0.946],
  ['blind-2026-12-05-bh', 16, 0.972],
  ['blind-2026-12-05-bi', 16, 0.970],
  ['blind-2026-12-05-bj', 16, 0.966],
  ['blind-2026-12-05-bk', 16, 0.958],
  ['blind-2026-12-05-bl', 16, 0.948],
  ['blind-2026-12-05-bm', 16, 0.948],
  ['blind-2026-12-05-bn', 16, 0.960],
  ['blind-2026-12-05-bo', 16, 0.970],
  ['blind-2026-12-05-bp', 16, 0.962],
  ['blind-2026-12-05-bq', 16, 0.945],
  ['blind-2026-12-05-br', 16, 0.962],
  ['blind-2026-12-05-bs', 16, 0.941],
  ['blind-2026-12-05-bt', 16, 0.972],
  ['blind-2026-12-05-bu', 16, 0.962],
  ['blind-2026-12-05-bv', 16, 0.966],
  ['blind-2026-12-05-bw', 16, 0.971],
  ['blind-2026-12-05-bx', 16, 0.961],
  ['blind-2026-12-05-by', 16, 0.960],
  ['blind-2026-12-05-bz', 16, 0.968],
  ['blind-2026-12-05-ca', 16, 0.951],
  ['blind-2026-12-05-cb', 16, 0.952],
  ['blind-2026-12-05-cc', 16, 0.963],
  ['blind-2026-12-05-cd', 16, 0.957],
  ['blind-2026-12-05-ce', 16, 0.961],
  ['blind-2026-12-05-cf', 16, 0.974],
  ['blind-2026-12-05-cg', 16, 0.969],
  ['blind-2026-12-05-ch', 16, 0.961],
  ['blind-2026-12-05-ci', 16, 0.958],
  ['blind-2026-12-05-cj', 16, 0.959],
  ['blind-2026-12-05-ck', 16, 0.957],
  ['blind-2026-12-05-cl', 16, 0.954],
  ['blind-2026-12-05-cm', 16, 0.956],
  ['blind-2026-12-05-cn', 16, 0.963],
  ['blind-2026-12-05-co', 16, 0.959],
  ['blind-2026-12-05-cp', 16, 0.977],
  ['blind-2026-12-05-cq', 16, 0.967],
  ['blind-2026-12-05-cr', 16, 0.973],
  ['blind-2026-12-05-cs', 16, 0.968],
  ['blind-2026-12-05-ct', 16, 0.966],
  ['blind-2026-12-05-cu', 16, 0.954],
  ['blind-2026-12-05-cv', 16, 0.954],
  ['blind-2026-12-05-cw', 16, 0.945],
  ['blind-2026-12-05-cx', 16, 0.949],
  ['blind-2026-12-05-cy', 16, 0.959],
  ['blind-2026-12-05-cz', 16, 0.958],
  ['blind-2026-12-05-da', 16, 0.968],
  ['blind-2026-12-05-db', 16, 0.953],
  ['blind-2026-12-05-dc', 16, 0.955],
  ['blind-2026-12-05-dd', 16, 0.957],
  ['blind-2026-12-05-de', 16, 0.935],
  ['blind-2026-12-05-df', 16, 0.960],
  ['blind-2026-12-05-dg', 16, 0.961],
  ['blind-2026-12-05-dh', 16, 0.967],
  ['blind-2026-12-05-di', 16, 0.950],
  ['blind-2026-12-05-dj', 16, 0.965],
  ['blind-2026-12-05-dk', 16, 0.957],
  ['blind-2026-12-05-dl', 16, 0.927],
  ['blind-2026-12-05-dm', 16, 0.958],
  ['blind-2026-12-05-dn', 16, 0.953],
  ['blind-2026-12-05-do', 16, 0.940],
  ['blind-2026-12-05-dp', 16, 0.966],
  ['blind-2026-12-05-dq', 16, 0.957],
  ['blind-2026-12-05-dr', 16, 0.941],
  ['blind-2026-12-05-ds', 16, 0.926],
  ['blind-2026-12-05-dt', 16, 0.947],
  ['blind-2026-12-05-du', 16, 0.964],
  ['blind-2026-12-05-dv', 16, 0.930],
  ['blind-2026-12-05-dw', 16, 0.958],
  ['blind-2026-12-05-dx', 16, 0.913],
  ['blind-2026-12-05-dy', 16, 0.967],
  ['blind-2026-12-05-dz', 16, 0.942],
  ['blind-2026-12-05-ea', 16, 0.969],
  ['blind-2026-12-05-eb', 16, 0.957],
  ['blind-2026-12-05-ec', 16, 0.958],
  ['blind-2026-12-05-ed', 16, 0.953],
  ['blind-2026-12-05-ee', 16, 0.958],
  ['blind-2026-12-05-ef', 16, 0.952],
  ['blind-2026-12-05-eg', 16, 0.939],
  ['blind-2026-12-05-eh', 16, 0.955],
  ['blind-2026-12-05-ei', 16, 0.957],
  ['blind-2026-12-05-ej', 16, 0.944],
  ['blind-2026-12-05-ek', 16, 0.958],
  ['blind-2026-12-05-el', 16, 0.944],
  ['blind-2026-12-05-em', 16, 0.938],
  ['blind-2026-12-05-en', 16, 0.944],
  ['blind-2026-12-05-eo', 16, 0.957],
  ['blind-2026-12-05-ep', 16, 0.933],
  ['blind-2026-12-05-eq', 16, 0.932],
  ['blind-2026-12-05-er', 16, 0.949],
  ['blind-2026-12-05-es', 16, 0.964],
  ['blind-2026-12-05-et', 16, 0.939],
  ['blind-2026-12-05-eu', 16, 0.938],
  ['blind-2026-12-05-ev', 16, 0.946],
  ['blind-2026-12-05-ew', 16, 0.925],
  ['blind-2026-12-05-ex', 16, 0.953],
  ['blind-2026-12-05-ey', 16, 0.901],
  ['blind-2026-12-05-ez', 16, 0.943],
  ['blind-2026-12-05-fa', 16, 0.936],
  ['blind-2026-12-06-fb', 16, 0.953],
  ['blind-2026-12-06-fc', 16, 0.951],
  ['blind-2026-12-06-fd', 16, 0.925],
  ['blind-2026-12-06-fe', 16, 0.943],
  ['blind-2026-12-06-ff', 16, 0.946],
  ['blind-2026-12-06-fg', 16, 0.952],
  ['blind-2026-12-06-fh', 16, 0.950],
  ['blind-2026-12-06-fi', 16, 0.949],
  ['blind-2026-12-06-fj', 16, 0.937],
  ['blind-2026-12-06-fk', 16, 0.961],
  ['blind-2026-12-06-fl', 16, 0.933],
  ['blind-2026-12-06-fm', 16, 0.942],
  ['blind-2026-12-06-fn', 16, 0.940],
  ['blind-2026-12-06-fo', 16, 0.952],
  ['blind-2026-12-06-fp', 16, 0.970],
  ['blind-2026-12-06-fq', 16, 0.948],
  ['blind-2026-12-06-fr', 16, 0.957],
  ['blind-2026-12-06-fs', 16, 0.954],
  ['blind-2026-12-06-ft', 16, 0.952],
  ['blind-2026-12-06-fu', 16, 0.938],
  ['blind-2026-12-06-fv', 16, 0.930],
  ['blind-2026-12-06-fw', 16, 0.933],
  ['blind-2026-12-06-fx', 16, 0.961],
  ['blind-2026-12-06-fy', 16, 0.939],
  ['blind-2026-12-06-fz', 16, 0.943],
  ['blind-2026-12-06-ga', 16, 0.952],
  ['blind-2026-12-06-gb', 16, 0.941],
  ['blind-2026-12-06-gc', 16, 0.962],
  ['blind-2026-12-06-gd', 16, 0.959],
  ['blind-2026-12-06-ge', 16, 0.965],
  ['blind-2026-12-06-gf', 16, 0.944],
  ['blind-2026-12-06-gg', 16, 0.938],
  ['blind-2026-12-06-gh', 16, 0.939],
  ['blind-2026-12-06-gi', 16, 0.945],
  ['blind-2026-12-06-gj', 16, 0.942],
  ['blind-2026-12-06-gk', 16, 0.955],
  ['blind-2026-12-06-gl', 16, 0.944],
  ['blind-2026-12-06-gm', 16, 0.947],
  ['blind-2026-12-06-gn', 16, 0.937],
  ['blind-2026-12-06-go', 16, 0.951],
  ['blind-2026-12-06-gp', 16, 0.969],
  ['blind-2026-12-06-gq', 16, 0.961],
  ['blind-2026-12-06-gr', 16, 0.966],
  ['blind-2026-12-06-gs', 16, 0.955],
  ['blind-2026-12-06-gt', 16, 0.974],
  ['blind-2026-12-06-gu', 16, 0.941],
  ['blind-2026-12-06-gv', 16, 0.936],
  ['blind-2026-12-06-gw', 16, 0.938],
  ['blind-2026-12-06-gx', 16, 0.955],
  ['blind-2026-12-06-gy', 16, 0.960],
  ['blind-2026-12-06-gz', 16, 0.948],
  ['blind-2026-12-06-ha', 16, 0.953],
  ['blind-2026-12-06-hb', 16, 0.952],
  ['blind-2026-12-06-hc', 16, 0.949],
  ['blind-2026-12-06-hd', 16, 0.957],
  ['blind-2026-12-06-he', 16, 0.965],
  ['blind-2026-12-06-hf', 16, 0.955],
  ['blind-2026-12-06-hg', 16, 0.945],
  ['blind-2026-12-06-hh', 16, 0.942],
  ['blind-2026-12-06-hi', 16, 0.937],
  ['blind-2026-12-06-hj', 16, 0.945],
  ['blind-2026-12-06-hk', 16, 0.972],
  ['blind-2026-12-06-hl', 16, 0.948],
  ['blind-2026-12-06-hm', 16, 0.954],
  ['blind-2026-12-06-hn', 16, 0.931],
  ['blind-2026-12-06-ho', 16, 0.935],
  ['blind-2026-12-06-hp', 16, 0.962],
  ['blind-2026-12-06-hq', 16, 0.946],
  ['blind-2026-12-06-hr', 16, 0.946],
  ['blind-2026-12-06-hs', 16, 0.958],
  ['blind-2026-12-06-ht', 16, 0.959],
  ['blind-2026-12-06-hu', 16, 0.952],
  ['blind-2026-12-06-hv', 16, 0.939],
  ['blind-2026-12-06-hw', 16, 0.953],
  ['blind-2026-12-06-hx', 16, 0.945],
  ['blind-2026-12-06-hy', 16, 0.950],
  ['blind-2026-12-06-hz', 16, 0.956],
  ['blind-2026-12-06-ia', 16, 0.949],
  ['blind-2026-12-06-ib', 16, 0.946],
  ['blind-2026-12-06-ic', 16, 0.944],
  ['blind-2026-12-06-id', 16, 0.962],
  ['blind-2026-12-06-ie', 16, 0.963],
  ['blind-2026-12-06-if', 16, 0.944],
  ['blind-2026-12-06-ig', 16, 0.939],
  ['blind-2026-12-06-ih', 16, 0.960],
  ['blind-2026-12-06-ii', 16, 0.959],
  ['blind-2026-12-06-ij', 16, 0.956],
  ['blind-2026-12-06-ik', 16, 0.959],
  ['blind-2026-12-06-il', 16, 0.939],
  ['blind-2026-12-06-im', 16, 0.932],
  ['blind-2026-12-06-in', 16, 0.961],
  ['blind-2026-12-06-io', 16, 0.957],
  ['blind-2026-12-06-ip', 16, 0.946],
  ['blind-2026-12-06-iq', 16, 0.943],
  ['blind-2026-12-06-ir', 16, 0.947],
  ['blind-2026-12-06-is', 16, 0.964],
  ['blind-2026-12-06-it', 16, 0.948],
  ['blind-2026-12-06-iu', 16, 0.955],
  ['blind-2026-12-06-iv', 16, 0.922],
  ['blind-2026-12-06-iw', 16, 0.921],
  ['blind-2026-12-06-ix', 16, 0.933],
  ['blind-2026-12-06-iy', 16, 0.970],
  ['blind-2026-12-06-iz', 16, 0.967],
  ['blind-2026-12-06-ja', 16, 0.940],
  ['blind-2026-12-06-jb', 16, 0.954],
  ['blind-2026-12-06-jc', 16, 0.960],
  ['blind-2026-12-06-jd', 16, 0.943],
  ['blind-2026-12-06-je', 16, 0.969],
  ['blind-2026-12-06-jf', 16, 0.945],
  ['blind-2026-12-06-jg', 16, 0.958],
  ['blind-2026-12-06-jh', 16, 0.972],
  ['blind-2026-12-06-ji', 16, 0.930],
  ['blind-2026-12-06-jj', 16, 0.963],
  ['blind-2026-12-06-jk', 16, 0.953],
  ['blind-2026-12-06-jl', 16, 0.951],
  ['blind-2026-12-06-jm', 16, 0.947],
  ['blind-2026-12-06-jn', 16, 0.961],
  ['blind-2026-12-06-jo', 16, 0.957],
  ['blind-2026-12-06-jp', 16, 0.959],
  ['blind-2026-12-06-jq', 16, 0.934],
  ['blind-2026-12-06-jr', 16, 0.948],
  ['blind-2026-12-06-js', 16, 0.926],
  ['blind-2026-12-06-jt', 16, 0.926],
  ['blind-2026-12-06-ju', 16, 0.959],
  ['blind-2026-12-06-jv', 16, 0.937],
  ['blind-2026-12-06-jw', 16, 0.952],
  ['blind-2026-12-07-jx', 16, 0.955],
  ['blind-2026-12-07-jy', 16, 0.944],
  ['blind-2026-12-07-jz', 16, 0.953],
  ['blind-2026-12-07-ka', 16, 0.955],
  ['blind-2026-12-07-kb', 16, 0.941],
  ['blind-2026-12-07-kc', 16, 0.952],
  ['blind-2026-12-07-kd', 16, 0.951],
  ['blind-2026-12-07-ke', 16, 0.962],
  ['blind-2026-12-07-kf', 16, 0.926],
  ['blind-2026-12-07-kg', 16, 0.949],
  ['blind-2026-12-07-kh', 16, 0.952],
  ['blind-2026-12-07-ki', 16, 0.926],
  ['blind-2026-12-07-kj', 16, 0.950],
  ['blind-2026-12-07-kk', 16, 0.953],
  ['blind-2026-12-07-kl', 16, 0.940],
  ['blind-2026-12-07-km', 16, 0.909],
  ['blind-2026-12-07-kn', 16, 0.929],
  ['blind-2026-12-07-ko', 16, 0.945],
  ['blind-2026-12-07-kp', 16, 0.914],
  ['blind-2026-12-07-kq', 16, 0.941],
  ['blind-2026-12-07-kr', 16, 0.959],
  ['blind-2026-12-07-ks', 16, 0.957],
  ['blind-2026-12-07-kt', 16, 0.938],
  ['blind-2026-12-07-ku', 16, 0.953],
  ['blind-2026-12-07-kv', 16, 0.958],
  ['blind-2026-12-07-kw', 16, 0.957],
  ['blind-2026-12-07-kx', 16, 0.950],
  ['blind-2026-12-07-ky', 16, 0.954],
  ['blind-2026-12-07-kz', 16, 0.945],
  ['blind-2026-12-07-la', 16, 0.948],
  ['blind-2026-12-07-lb', 16, 0.917],
  ['blind-2026-12-07-lc', 16, 0.936],
  ['blind-2026-12-07-ld', 16, 0.965],
  ['blind-2026-12-07-le', 16, 0.935],
  ['blind-2026-12-07-lf', 16, 0.932],
  ['blind-2026-12-07-lg', 16, 0.922],
  ['blind-2026-12-07-lh', 16, 0.934],
  ['blind-2026-12-07-li', 16, 0.940],
  ['blind-2026-12-07-lj', 16, 0.933],
  ['blind-2026-12-07-lk', 16, 0.923],
  ['blind-2026-12-07-ll', 16, 0.944],
  ['blind-2026-12-07-lm', 16, 0.944],
  ['blind-2026-12-07-ln', 16, 0.950],
  ['blind-2026-12-07-lo', 16, 0.932],
  ['blind-2026-12-07-lp', 16, 0.954],
  ['blind-2026-12-07-lq', 16, 0.951],
  ['blind-2026-12-07-lr', 16, 0.954],
  ['blind-2026-12-07-ls', 16, 0.955],
  ['blind-2026-12-07-lt', 16, 0.951],
  ['blind-2026-12-07-lu', 16, 0.928],
  ['blind-2026-12-07-lv', 16, 0.950],
  ['blind-2026-12-07-lw', 16, 0.924],
  ['blind-2026-12-07-lx', 16, 0.949],
  ['blind-2026-12-07-ly', 16, 0.953],
  ['blind-2026-12-07-lz', 16, 0.952],
  ['blind-2026-12-07-ma', 16, 0.943],
  ['blind-2026-12-07-mb', 16, 0.921],
  ['blind-2026-12-07-mc', 16, 0.955],
  ['blind-2026-12-08-md', 16, 0.954],
  ['blind-2026-12-08-me', 16, 0.945],
  ['blind-2026-12-08-mf', 16, 0.917],
  ['blind-2026-12-08-mg', 16, 0.909],
];

describe('articles scored once for issue 13, development sets since', () => {
  it.each(SETS)('%s (%i articles): macro-F1 within two points of the %f measured', (folder, articles, measured) => {
    const score = scoreOf(folder);
    expect(score.count).toBe(articles);
    expect(score.macroF1).toBeGreaterThanOrEqual(measured - 0.02);
  });
});
