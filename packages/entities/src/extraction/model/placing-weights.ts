// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.19
dateline	-4.85
elsewhere	-4.76
ends=ababa	2.42
ends=airport	-3.77
ends=al-juma	5.18
ends=area	-2.56
ends=avenue	7.5
ends=camp	7.95
ends=chad	-2.91
ends=church	-5.45
ends=city	-0.26
ends=county	-6.53
ends=dam	-4.67
ends=darfur	-1
ends=dos	4.72
ends=fasher	0.66
ends=highway	-7.91
ends=hospital	-10.17
ends=kordofan	-2.42
ends=market	7.86
ends=mosque	7.09
ends=nile	-2.37
ends=province	-0.49
ends=region	-7.43
ends=river	-7.29
ends=road	-3.57
ends=sea	-2.73
ends=square	-6.09
ends=state	-4.9
ends=street	-3.5
ends=sudan	-2.61
ends=township	-3.59
headlineOnly	1.38
insidePick	1.27
inside|besidePick	0.8
inside|bias	1.27
inside|ends=highway	-1.88
inside|ends=hospital	-1.53
inside|ends=market	4.15
inside|ends=road	-2.16
inside|headlineOnly	-2.35
inside|kind=admin1	-4.26
inside|kind=city	5.51
inside|kind=site	1.96
inside|locative	-3.1
inside|mentions=1	-0.26
inside|mentions=2	-0.28
inside|mentions=3	1.81
inside|named	0.83
inside|near	5
inside|next=and	-4.71
inside|next=area	8.98
inside|next=at	3.57
inside|next=in	4.6
inside|next=near	-1.88
inside|next=of	-4.15
inside|next=said	-0.94
inside|next=who	1.58
inside|origin	-5.04
inside|prev2=at the	4.99
inside|prev2=in the	-1.79
inside|prev2=on the	-2.48
inside|prev=at	-5.27
inside|prev=in	0.11
inside|prev=of	-0.48
inside|prev=the	-4.02
inside|rank<=1	4.65
inside|rank<=2	-0.27
inside|rank<=4	-3.31
inside|rank>4	-0.79
inside|sentence<=0	-0.76
inside|sentence<=1	4.3
inside|sentence<=2	0.33
inside|sentence<=3	-3.12
inside|sentence<=5	4.17
inside|sentence<=8	-0.99
inside|sentence>8	-4.64
inside|untold	1.99
inside|weight<=0	1.99
inside|weight<=1	6.02
inside|weight<=12	-3.32
inside|weight<=2	-0.36
inside|weight<=4	0.91
inside|weight<=7	-4.56
inside|weight>12	0.61
kind=admin1	-6.12
kind=city	-0.39
kind=region	3.55
kind=site	6.39
locative	-2.56
mentions=1	-3.59
mentions=2	0.84
mentions=3	2.74
named	-0.7
near	-3.52
next='s	-11.8
next=a	11.71
next=about	-2.05
next=according	3.61
next=afp	-1.32
next=after	1.72
next=also	-0.71
next=and	-4.57
next=are	-0.99
next=area	7.81
next=at	0.92
next=by	5.68
next=department	-1.21
next=district	-4.77
next=during	-0.89
next=early	-12.6
next=for	4.48
next=forest	-0.88
next=had	-1.42
next=has	0.97
next=have	-2.5
next=he	-0.92
next=in	2.38
next=is	5.72
next=killed	-2.46
next=killing	-1.51
next=kills	1.93
next=last	-4.05
next=late	0.3
next=near	-0.88
next=neighbourhood	1.54
next=nov	-0.55
next=of	-5.66
next=on	5.4
next=one	-3.36
next=police	-0.26
next=prefecture	-0.9
next=province	-4.89
next=region	-12.07
next=regional	-0.64
next=regions	-0.91
next=said	-2.18
next=shortly	-4.13
next=since	4.82
next=some	5.72
next=state	-2.45
next=territory	-2.48
next=the	-2.25
next=they	2.86
next=this	-3.9
next=to	3.54
next=told	-1.58
next=town	1.93
next=township	-1.2
next=village	8.49
next=was	-1.79
next=we	-0.38
next=were	-4.69
next=west	1.75
next=when	-3.9
next=where	3.61
next=which	-5.51
next=who	2.17
next=with	-0.42
next=’s	-5.73
origin	-7.3
pick|bias	4.16
pick|dateline	3.12
pick|kind=city	2.06
pick|locative	-0.11
pick|mentions=1	3.84
pick|mentions=2	0.06
pick|mentions=3	0.26
pick|named	1.38
pick|near	0.29
pick|next='s	-9.01
pick|next=a	-3.14
pick|next=and	6.78
pick|next=by	-0.87
pick|next=district	3.64
pick|next=in	0.94
pick|next=killed	-2.46
pick|next=late	3.1
pick|next=on	-3.42
pick|next=the	1.48
pick|next=town	2.27
pick|next=village	4.97
pick|origin	4.43
pick|prev2=area of	-1.39
pick|prev2=city of	1.81
pick|prev2=district of	-0.12
pick|prev2=in the	2.8
pick|prev2=municipality of	-0.78
pick|prev2=town of	5.05
pick|prev2=village of	6.29
pick|prev=at	1.57
pick|prev=in	0.73
pick|prev=near	-3.02
pick|prev=of	3.97
pick|prev=the	5.1
pick|rank<=0	-0.73
pick|sentence<=0	-0.99
pick|sentence<=1	-0.31
pick|sentence<=2	-1.68
pick|sentence<=3	-1.98
pick|sentence<=5	-1.94
pick|sentence>8	-0.75
pick|settlement	-2.55
pick|weight<=1	-1.49
pick|weight<=12	-0.61
pick|weight<=2	1.29
pick|weight<=4	-3.17
pick|weight<=7	0.11
pick|weight>12	3.13
prev2=along the	-4.22
prev2=and the	-9.66
prev2=area of	-1.49
prev2=around the	0.39
prev2=at the	4.68
prev2=attack on	5.4
prev2=building on	3.07
prev2=capital of	0.21
prev2=city of	-2.68
prev2=clash in	-7.17
prev2=community of	9.96
prev2=conference in	-1.3
prev2=control of	2.97
prev2=department of	-0.79
prev2=direction of	-0.8
prev2=district of	-0.12
prev2=forces in	8.07
prev2=from the	-4.42
prev2=held in	-1.64
prev2=hospital in	-9.78
prev2=in the	-2.81
prev2=issued in	-0.9
prev2=market in	1.63
prev2=municipality of	-2.55
prev2=near the	-1
prev2=of the	0.2
prev2=office in	-3.77
prev2=on the	-3.73
prev2=outskirts of	5.95
prev2=people in	-6.52
prev2=police in	-8.9
prev2=port of	3.72
prev2=post in	-4.31
prev2=province of	1.68
prev2=region of	-2.31
prev2=reporters in	-0.91
prev2=road between	-3.92
prev2=signed in	1.77
prev2=south of	-2.44
prev2=state capital	-3.17
prev2=state of	-1.56
prev2=station in	1.3
prev2=strike on	0.06
prev2=struck the	4.13
prev2=the capital	-1.95
prev2=the city's	-2.38
prev2=the nearby	-0.46
prev2=to the	-3.19
prev2=towards the	-5.97
prev2=town in	-0.28
prev2=town of	2.28
prev2=village in	2.73
prev2=village of	10.83
prev2=villages of	-0.97
prev2=west of	-2.37
prev=across	0.59
prev=along	3.62
prev=and	-11.08
prev=around	11.38
prev=at	5.17
prev=between	1.72
prev=capital	-0.88
prev=central	5.1
prev=city's	-2.38
prev=eastern	4.53
prev=from	-8.61
prev=hit	4.3
prev=in	1.42
prev=near	6.99
prev=nearby	-2.41
prev=of	-0.49
prev=on	-4.19
prev=say	-0.94
prev=says	0.85
prev=southern	-0.98
prev=sudan's	-2.42
prev=the	2.43
prev=to	-0.39
prev=towards	-8.95
prev=village	-0.87
prev=western	-1.87
prev=with	5.88
rank<=0	-5.63
rank<=1	2.96
rank<=2	2.89
rank<=4	0.07
rank>4	-0.29
rule-pick	4.16
sentence<=0	4.05
sentence<=1	3.79
sentence<=2	7.85
sentence<=3	6.58
sentence<=5	-1.34
sentence<=8	-5.55
sentence>8	-13.6
settlement	7.39
untold	-1.78
weight<=0	-1.78
weight<=1	-1.29
weight<=12	-0.44
weight<=2	2.22
weight<=4	2.65
weight<=7	-0.46
weight>12	-0.9
`;
